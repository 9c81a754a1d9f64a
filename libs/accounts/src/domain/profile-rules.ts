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

/** Trims text fields, turns blank into null, and checks lengths and the sex code. */
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
    else (clean as Record<string, string | null>)[field] = text === '' ? null : text;
  }
  if (clean.birthday && Number.isNaN(Date.parse(clean.birthday))) violations.birthday = ['pattern'];
  if (Object.keys(violations).length > 0) {
    throw new AccountsError(AccountsErrorCode.ValidationFailed, 'invalid profile', { fields: violations });
  }
  return clean;
}
