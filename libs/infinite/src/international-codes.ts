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
