import { setupTestPostgres } from './src/testing.ts';

export default setupTestPostgres;
