/**
 * enableKeepLogin's dictionary. The document's table describes the two values
 * the other way round; CONTRACTS.md settles it: `keepLogin.disable` (or true)
 * keeps the login 7 days, `keepLogin.enable` (or false, or nothing) is the
 * default 2-hour token.
 */
export const KEEP_LOGIN_VALUES = ['keepLogin.enable', 'keepLogin.disable', true, false, 'true', 'false'] as const;
export type KeepLoginValue = (typeof KEEP_LOGIN_VALUES)[number];

export function keepsLogin(value: KeepLoginValue | undefined | null): boolean {
  return value === 'keepLogin.disable' || value === true || value === 'true';
}
