/**
 * The contract's dictionary sys.internationalcode: dialing codes generateSmsCode
 * accepts. The document lists 86; the others are the regions these clients'
 * users most often have numbers in.
 */
export const INTERNATIONAL_CODES: Readonly<Record<string, string>> = {
  '86': '中国',
  '852': '中国香港',
  '853': '中国澳门',
  '886': '中国台湾',
  '1': '美国/加拿大',
  '44': '英国',
  '81': '日本',
  '82': '韩国',
  '65': '新加坡',
  '61': '澳大利亚',
  '49': '德国',
  '33': '法国',
};

export const INTERNATIONAL_CODE_VALUES = Object.keys(INTERNATIONAL_CODES);

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
