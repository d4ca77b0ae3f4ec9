export * from './estimate.ts';
export * from './vm-prices.ts';
