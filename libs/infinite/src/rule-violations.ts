import { FieldViolations } from '@app/accounts';

/** The rule names the contract reports in data.ruleViolated (its Bean Validation heritage). */
export enum Rule {
  NotBlank = 'notBlank',
  NotNull = 'notNull',
  Length = 'length',
  Pattern = 'pattern',
  NotContainsDict = 'notContainsDict',
}

/** class-validator constraint names and the core's rule names, in the contract's words. */
const RULE_ALIASES: Record<string, Rule> = {
  notBlank: Rule.NotBlank,
  isNotEmpty: Rule.NotBlank,
  isDefined: Rule.NotBlank,
  notNull: Rule.NotNull,
  length: Rule.Length,
  maxLength: Rule.Length,
  minLength: Rule.Length,
  notContainsDict: Rule.NotContainsDict,
  isIn: Rule.NotContainsDict,
  enum: Rule.NotContainsDict,
};

/** Any other broken rule (wrong type, not an email, not a phone number) is a pattern violation. */
export function contractRule(name: string): Rule {
  return RULE_ALIASES[name] ?? Rule.Pattern;
}

/**
 * Core field names (and the core's generic ones) as each endpoint's request
 * calls them, so ruleViolated names the field the client sent.
 */
const FIELD_NAMES_BY_PATH: Record<string, Record<string, string>> = {
  '/api/user/login': { identifier: 'username' },
  '/api/user/resetUserPassword': { target: 'email', code: 'verifyCode', newPassword: 'password' },
  '/api/user/modifyUserEmail': { code: 'verifyCode', value: 'email', current: 'oriEmail' },
  '/api/user/modifyUserPassword': { currentPassword: 'oriPassword', newPassword: 'password' },
  '/api/user/editUserMobile': { code: 'smsCode', phone: 'mobile', value: 'mobile', current: 'oriMobile' },
  '/api/user/generateSmsCode': { target: 'mobile', phone: 'mobile' },
  '/api/user/emailVerifyCode': { target: 'email' },
};

export function toRuleViolated(path: string, fields: FieldViolations): Record<string, Rule[]> {
  const names = FIELD_NAMES_BY_PATH[path] ?? {};
  const violated: Record<string, Rule[]> = {};
  for (const [field, rules] of Object.entries(fields)) {
    const name = (names[field] ?? field).trim();
    const merged = new Set([...(violated[name] ?? []), ...rules.map(contractRule)]);
    violated[name] = [...merged];
  }
  return violated;
}

/** The document's msg forms: "request params[mobile] notBlank." and "[internationalcode] dict error.". */
export function violationMessage(violated: Record<string, Rule[]>): string | null {
  const first = Object.entries(violated)[0];
  if (!first) return null;
  const [field, rules] = first;
  if (rules.includes(Rule.NotContainsDict)) return `[${field.toLowerCase()}] dict error.`;
  return `request params[${field}] ${rules[0]}.`;
}
