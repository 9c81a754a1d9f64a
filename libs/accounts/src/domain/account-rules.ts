import { Account, AccountRole, AccountStatus } from './account';
import { AccountsError, AccountsErrorCode } from './accounts-error';

/** Paused, locked and stopped accounts cannot sign in; deleted ones do not exist. */
export function assertMaySignIn(account: Account): void {
  if (account.status !== AccountStatus.Normal) {
    throw new AccountsError(AccountsErrorCode.AccountDisabled, `the account is ${account.status}`);
  }
}

export function assertAdmin(account: Account): void {
  if (account.role !== AccountRole.Admin) throw new AccountsError(AccountsErrorCode.Forbidden, 'administrators only');
}
