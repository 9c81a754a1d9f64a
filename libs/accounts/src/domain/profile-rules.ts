import { AccountsError, AccountsErrorCode, FieldViolations } from './accounts-error';
import { Profile, ProfilePatch } from './account';

const MAX_LENGTH: Record<Exclude<keyof Profile, 'sex'>, number> = {
  nickname: 255,
  avatarUrl: 1024,
  birthday: 32,
  address: 255,
  position: 255,
  company: 255,
  department: 255,
  internalPhone: 32,
  description: 1000,
  website: 255,
  location: 255,
};

/** Fields holding a link that clients render (an image source, an anchor): web URLs only. */
const WEB_URL_FIELDS: ReadonlySet<keyof Profile> = new Set(['avatarUrl', 'website']);

/**
 * An absolute http or https URL with a host, written without spaces, control
 * characters or backslashes (a browser drops or rereads them, and so goes
 * elsewhere than the text seems to say) and without a
 * user name or password ("https://bank.example@evil.example"). Anything else,
 * `javascript:` and `data:` first, is refused rather than stored and rendered.
 */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text) || /[\p{C}\p{Z}\s\\]/u.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Trims text fields, turns blank into null, and checks lengths, web URLs and the sex code. */
export function cleanProfilePatch(patch: ProfilePatch): ProfilePatch {
  const clean: ProfilePatch = {};
  const violations: FieldViolations = {};
  for (const [field, value] of Object.entries(patch) as [keyof Profile, unknown][]) {
    if (value === undefined) continue;
    if (field === 'sex') {
      if (value !== 0 && value !== 1 && value !== 2) violations.sex = ['range'];
      else clean.sex = value;
      continue;
    }
    if (value !== null && typeof value !== 'string') {
      violations[field] = ['type'];
      continue;
    }
    const text = value === null ? null : value.trim();
    if (text !== null && [...text].length > MAX_LENGTH[field]) violations[field] = ['length'];
    else if (text && WEB_URL_FIELDS.has(field) && !isWebUrl(text)) violations[field] = ['pattern'];
    else (clean as Record<string, string | null>)[field] = text === '' ? null : text;
  }
  if (clean.birthday && Number.isNaN(Date.parse(clean.birthday))) violations.birthday = ['pattern'];
  if (Object.keys(violations).length > 0) {
    throw new AccountsError(AccountsErrorCode.ValidationFailed, 'invalid profile', { fields: violations });
  }
  return clean;
}
