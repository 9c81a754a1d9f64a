import { InitialSchema1763700000000 } from './1763700000000-initial-schema';

/** Every migration, oldest first; applied at start on SQLite and MySQL alike. */
export const MIGRATIONS = [InitialSchema1763700000000];
