import { AccountsError, AccountsErrorCode } from './accounts-error';
import { isCommonPassword } from '../security/common-passwords';

/**
 * standard: v2 and every legacy surface but infinite (8 to 128 characters, not a
 *   common password, as NIST SP 800-63B asks).
 * infinite: that contract's documented rule (8 to 16 characters, letters and digits
 *   both present, nothing else).
 */
export type PasswordPolicyName = 'standard' | 'infinite';

const INFINITE_PATTERN = /^(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d]+$/;

function weak(rule: string, message: string): AccountsError {
  return new AccountsError(AccountsErrorCode.WeakPassword, message, { rule });
}

export function assertPasswordAllowed(password: string, policy: PasswordPolicyName): void {
  const length = [...password].length;
  if (policy === 'infinite') {
    if (length < 8 || length > 16) throw weak('length', 'password must be 8 to 16 characters');
    if (!INFINITE_PATTERN.test(password)) throw weak('pattern', 'password must combine letters and digits only');
    return;
  }
  if (length < 8 || length > 128) throw weak('length', 'password must be 8 to 128 characters');
  if (isCommonPassword(password)) throw weak('common', 'password is too common');
}
