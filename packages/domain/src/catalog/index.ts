export * from './categories.ts';
export * from './checklist.ts';
export * from './fixed-once-published.ts';
export * from './offers.ts';
export * from './states.ts';
