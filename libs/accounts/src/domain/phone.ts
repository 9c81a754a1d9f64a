import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { AccountsError } from './accounts-error';

/** Numbers without a country code are Chinese, as every legacy client sends them. */
const DEFAULT_COUNTRY = 'CN';

/**
 * Accepts 13812345678, +8613812345678, 86 138 1234 5678 (and such with dashes)
 * and answers E.164, or null when the text is not a valid phone number.
 */
export function parsePhone(input: string): string | null {
  const compact = input.replace(/[\s\-()]/g, '');
  if (!/^\+?\d{5,20}$/.test(compact)) return null;
  const candidates = compact.startsWith('+')
    ? [compact]
    : compact.startsWith('86') && compact.length === 13
      ? [`+${compact}`]
      : [compact];
  for (const candidate of candidates) {
    const parsed = parsePhoneNumberFromString(candidate, DEFAULT_COUNTRY);
    if (parsed?.isValid()) return parsed.number;
  }
  return null;
}

export function normalizePhone(input: string, field = 'phone'): string {
  const phone = parsePhone(input);
  if (!phone) throw AccountsError.invalidField(field, 'pattern', `${field} is not a valid phone number`);
  return phone;
}

/** Joins an international dialing code and a national number into E.164. */
export function phoneFromParts(countryCode: string, nationalNumber: string, field = 'mobile'): string {
  return normalizePhone(`+${countryCode.replace(/^\+/, '')}${nationalNumber.replace(/[\s-]/g, '')}`, field);
}

/** The form legacy contracts answer with: 11 digits for Chinese numbers, else E.164 without '+'. */
export function toNationalPhone(e164: string | null): string | null {
  if (!e164) return null;
  if (e164.startsWith('+86')) return e164.slice(3);
  return e164.replace(/^\+/, '');
}
