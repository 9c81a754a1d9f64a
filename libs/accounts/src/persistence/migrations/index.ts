import { InitialSchema1763700000000 } from './1763700000000-initial-schema';
import { SessionTokenGeneration1763800000000 } from './1763800000000-session-token-generation';
import { StoredFilesByAccount1763900000000 } from './1763900000000-stored-files-by-account';
import { ContactProofs1764000000000 } from './1764000000000-contact-proofs';
import { UsernameSkeleton1764100000000 } from './1764100000000-username-skeleton';

/** Every migration, oldest first; applied at start on SQLite and MySQL alike. */
export const MIGRATIONS = [
  InitialSchema1763700000000,
  SessionTokenGeneration1763800000000,
  StoredFilesByAccount1763900000000,
  ContactProofs1764000000000,
  UsernameSkeleton1764100000000,
];
