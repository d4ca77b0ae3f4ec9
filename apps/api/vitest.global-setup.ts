import { setupTestPostgres } from '@marketplace/db/testing';

export default setupTestPostgres;
