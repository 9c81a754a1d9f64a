import { AccountsError } from './accounts-error';
import { parsePhone } from './phone';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USERNAME_PATTERN = /^[^\s@]{1,64}$/u;

/**
 * The uniqueness key of a username: NFKC then lower case, so that "Alice" and
 * "alice" are one account on SQLite and MySQL alike (MySQL compares it with a
 * binary collation, so only this normalization decides).
 */
export function usernameKey(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}

/**
 * A username is 1 to 64 characters without spaces or '@', and never reads as a
 * phone number: sign-in identifiers are tried as usernames before phones, so
 * such a name could capture another account's phone sign-in.
 */
export function normalizeUsername(input: string, field = 'username'): string {
  const username = input.normalize('NFKC').trim();
  if (!USERNAME_PATTERN.test(username)) {
    throw AccountsError.invalidField(field, 'pattern', `${field} must be 1 to 64 characters without spaces or '@'`);
  }
  if (parsePhone(username) !== null) {
    throw AccountsError.invalidField(field, 'notPhone', `${field} must not be a phone number`);
  }
  return username;
}

export function normalizeEmail(input: string, field = 'email'): string {
  const email = input.normalize('NFKC').trim().toLowerCase();
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    throw AccountsError.invalidField(field, 'pattern', `${field} is not a valid email address`);
  }
  return email;
}

export function isEmailLike(input: string): boolean {
  return input.includes('@');
}

export type IdentifierKind = 'username' | 'email' | 'phone';

/** What a free-form sign-in identifier may be: an email, else a username or a phone. */
export function identifierCandidates(identifier: string): { kind: IdentifierKind; value: string }[] {
  const trimmed = identifier.trim();
  if (isEmailLike(trimmed)) return EMAIL_PATTERN.test(trimmed) ? [{ kind: 'email', value: normalizeEmail(trimmed) }] : [];
  const candidates: { kind: IdentifierKind; value: string }[] = [];
  if (USERNAME_PATTERN.test(trimmed.normalize('NFKC'))) candidates.push({ kind: 'username', value: trimmed });
  const phone = parsePhone(trimmed);
  if (phone) candidates.push({ kind: 'phone', value: phone });
  return candidates;
}
