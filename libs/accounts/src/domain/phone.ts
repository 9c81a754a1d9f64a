import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { AccountsError } from './accounts-error';

/** Numbers without a country code are Chinese, as every legacy client sends them. */
const DEFAULT_COUNTRY = 'CN';

/**
 * The regions (ISO 3166-1 alpha-2) a new phone may be in: SMS_ALLOWED_REGIONS,
 * set once at start by AccountsModule. Process-wide like DEFAULT_COUNTRY, so that
 * every place a phone is parsed applies it without being handed the configuration.
 */
let allowedRegions: ReadonlySet<string> = new Set([DEFAULT_COUNTRY]);

/** Upper-cases a comma list of region codes; `unknown` holds those libphonenumber has no numbering plan for. */
export function parsePhoneRegions(list: string): { regions: string[]; unknown: string[] } {
  const regions = [...new Set(list.split(',').map((code) => code.trim().toUpperCase()).filter(Boolean))];
  return { regions, unknown: regions.filter((code) => !/^[A-Z]{2}$/.test(code) || !isSupportedCountry(code)) };
}

/** Sets the allowed regions (AccountsModule, at start); a list without a known region is a programming error. */
export function allowPhoneRegions(regions: readonly string[]): void {
  const parsed = parsePhoneRegions(regions.join(','));
  if (parsed.regions.length === 0 || parsed.unknown.length > 0) throw new Error(`not phone regions: ${regions.join(',')}`);
  allowedRegions = new Set(parsed.regions);
}

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

/**
 * A phone that enters the service (a code is sent to it, an account is
 * registered with it, an account changes to it): valid, and in one of the
 * allowed regions, so that nobody makes the service text premium or far-away
 * numbers (SMS pumping). Non-geographic numbers (+882, +883, ...) have no region.
 * Phones already held by accounts are looked up with normalizePhone, unbounded.
 */
export function normalizeNewPhone(input: string, field = 'phone'): string {
  const phone = normalizePhone(input, field);
  const region = parsePhoneNumberFromString(phone)?.country;
  if (!region || !allowedRegions.has(region)) {
    throw AccountsError.invalidField(field, 'region', `${field} is not in a region this service sends SMS to`);
  }
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
