import { QueryFailedError } from 'typeorm';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AccountNumberTaken } from '../ports/account.repository';

const UNIQUE_KEYS: [RegExp, AccountsErrorCode][] = [
  [/username_key|username_skeleton/, AccountsErrorCode.UsernameTaken],
  [/accounts_email|accounts\.email/, AccountsErrorCode.EmailTaken],
  [/accounts_phone|accounts\.phone/, AccountsErrorCode.PhoneTaken],
];

/** True for a unique-constraint violation on SQLite or MySQL. */
export function isUniqueViolation(error: unknown): error is QueryFailedError {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; errno?: number } | undefined;
  return (
    driverError?.code === 'ER_DUP_ENTRY' ||
    driverError?.errno === 1062 ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * The index (MySQL: "Duplicate entry 'x' for key 'UQ_accounts_email'") or
 * columns (SQLite: "UNIQUE constraint failed: accounts.email") a clash names,
 * without the clashing value (a username may read like a column name).
 */
function clashingKey(message: string): string {
  return /for key '([^']+)'/.exec(message)?.[1] ?? /constraint failed: (.*)$/.exec(message)?.[1] ?? message;
}

/**
 * Turns a clash on an account identity into its domain error. The driver's
 * message names the index (MySQL) or column (SQLite); the parameters, which
 * may hold hashes, are never read.
 */
export function translateAccountClash(error: unknown): never {
  if (isUniqueViolation(error)) {
    const key = clashingKey(String((error.driverError as { message?: string }).message ?? ''));
    for (const [pattern, code] of UNIQUE_KEYS) {
      if (pattern.test(key)) throw new AccountsError(code);
    }
    if (/account_number/.test(key)) throw new AccountNumberTaken();
  }
  throw error;
}
