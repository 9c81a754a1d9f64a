import { isEmail } from 'class-validator';
import unhomoglyph from 'unhomoglyph';
import { AccountsError } from './accounts-error';
import { parsePhone } from './phone';

const USERNAME_PATTERN = /^[^\s@]{1,64}$/u;
/**
 * Characters a name must not hold: control, format (zero-width, bidi overrides
 * and isolates, BOM), separators, private-use, unassigned, surrogates and the
 * other default-ignorable ones (Hangul fillers, variation selectors). They are
 * invisible or reorder what is shown, so two names would read alike.
 */
const HIDDEN_CHARACTERS = /[\p{C}\p{Z}\p{Default_Ignorable_Code_Point}]/u;
const HIDDEN_CHARACTERS_GLOBAL = new RegExp(HIDDEN_CHARACTERS.source, 'gu');
/** Longest skeleton the store keeps (username_skeleton is varchar(255)); longer names are refused. */
export const USERNAME_SKELETON_MAX_LENGTH = 255;

/**
 * The uniqueness key of a username: NFKC then lower case, so that "Alice" and
 * "alice" are one account on SQLite and MySQL alike (MySQL compares it with a
 * binary collation, so only this normalization decides). Sign-in looks names up by it.
 */
export function usernameKey(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}

/** UTS #39 skeleton: NFD, each character replaced by its confusables.txt prototype, NFD again. */
function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/**
 * The look-alike key of a username: the UTS #39 skeleton of its case-folded
 * key, invisible characters dropped, case-folded again (the prototype of "0" is
 * "O"). "admin1", "аdmin1" (Cyrillic а), "admın1" and "ADMINl" share one, so
 * only the first of them can be registered.
 */
export function usernameSkeleton(username: string): string {
  return skeleton(skeleton(usernameKey(username).replace(HIDDEN_CHARACTERS_GLOBAL, '')).toLowerCase()).toLowerCase();
}

/**
 * A username is 1 to 64 characters without spaces, '@' or hidden characters,
 * and never reads as a phone number: sign-in identifiers are tried as usernames
 * before phones, so such a name could capture another account's phone sign-in.
 */
export function normalizeUsername(input: string, field = 'username'): string {
  const username = input.normalize('NFKC').trim();
  if (!USERNAME_PATTERN.test(username)) {
    throw AccountsError.invalidField(field, 'pattern', `${field} must be 1 to 64 characters without spaces or '@'`);
  }
  if (HIDDEN_CHARACTERS.test(username)) {
    throw AccountsError.invalidField(field, 'pattern', `${field} must not hold control, invisible or text-direction characters`);
  }
  if (parsePhone(username) !== null) {
    throw AccountsError.invalidField(field, 'notPhone', `${field} must not be a phone number`);
  }
  if ([...usernameSkeleton(username)].length > USERNAME_SKELETON_MAX_LENGTH) {
    throw AccountsError.invalidField(field, 'length', `${field} is too long once its look-alike characters are spelt out`);
  }
  return username;
}

/**
 * One RFC 5321 address: a dot-atom local part (letters, digits, !#$%&'*+-/=?^_`{|}~
 * and non-ASCII, as SMTPUTF8 allows) and a domain name with a TLD. No display
 * name, angle brackets, list, quoted local part, comment, IP literal or hidden character.
 */
export function isAddrSpec(email: string): boolean {
  return !HIDDEN_CHARACTERS.test(email) && isEmail(email, {
    allow_display_name: false,
    allow_utf8_local_part: true,
    require_tld: true,
    allow_ip_domain: false,
    blacklisted_chars: '"\\\\',
  });
}

export function normalizeEmail(input: string, field = 'email'): string {
  const email = input.normalize('NFKC').trim().toLowerCase();
  if (email.length > 254 || !isAddrSpec(email)) {
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
  if (isEmailLike(trimmed)) {
    const email = trimmed.normalize('NFKC').toLowerCase();
    return isAddrSpec(email) ? [{ kind: 'email', value: email }] : [];
  }
  const candidates: { kind: IdentifierKind; value: string }[] = [];
  if (USERNAME_PATTERN.test(trimmed.normalize('NFKC'))) candidates.push({ kind: 'username', value: trimmed });
  const phone = parsePhone(trimmed);
  if (phone) candidates.push({ kind: 'phone', value: phone });
  return candidates;
}
