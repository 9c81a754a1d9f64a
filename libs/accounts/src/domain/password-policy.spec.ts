import { AccountsErrorCode } from './accounts-error';
import { assertPasswordAllowed } from './password-policy';
import { commonPasswordCount } from '../security/common-passwords';

const rejection = (password: string, policy: 'standard' | 'infinite') => {
  try {
    assertPasswordAllowed(password, policy);
    return null;
  } catch (error) {
    const { code, details } = error as { code: string; details: { rule?: string } };
    expect(code).toBe(AccountsErrorCode.WeakPassword);
    return details.rule;
  }
};

describe('password policy', () => {
  it('ships the list of the 10,000 most common passwords', () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it('standard: 8 to 128 characters, counted as characters not bytes', () => {
    expect(rejection('1234567', 'standard')).toBe('length');
    expect(rejection('abcdefgh-unusual', 'standard')).toBeNull();
    expect(rejection('密码密码密码密码', 'standard')).toBeNull();
    expect(rejection('x'.repeat(128), 'standard')).toBeNull();
    expect(rejection('x'.repeat(129), 'standard')).toBe('length');
  });

  it('standard: refuses common passwords whatever their case', () => {
    for (const common of ['password', 'PASSWORD', '12345678', 'iloveyou', 'baseball', 'qwertyuiop']) {
      expect(rejection(common, 'standard')).toBe('common');
    }
  });

  it('infinite: 8 to 16 letters and digits, both present', () => {
    expect(rejection('1qazxsw2', 'infinite')).toBeNull();
    expect(rejection('abc123', 'infinite')).toBe('length');
    expect(rejection('a1'.repeat(9), 'infinite')).toBe('length');
    expect(rejection('abcdefgh', 'infinite')).toBe('pattern');
    expect(rejection('12345678', 'infinite')).toBe('pattern');
    expect(rejection('abc-1234', 'infinite')).toBe('pattern');
  });
});
