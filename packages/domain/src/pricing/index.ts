export * from './estimate.ts';
export * from './vm-prices.ts';
export * from './vm-types.ts';
