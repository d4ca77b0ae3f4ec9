export * from './catalogue.ts';
export * from './estimate.ts';
export * from './vm-types.ts';
