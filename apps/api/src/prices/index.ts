// OUTSCALE's prices as the marketplace stored them: what estimates, charges and offers read.
export { loadOfferedVmTypes, loadVmRates, priceRefreshJob } from './catalogues.ts';
