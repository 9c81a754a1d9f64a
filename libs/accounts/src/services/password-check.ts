import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { ClientInfo } from '../domain/session';
import { AccountsCrypto } from '../security/accounts-crypto';
import { AccountRepository } from '../ports/account.repository';
import { SignInGuard } from './sign-in-guard';

/** Proves an account's password, under the brute-force guard; upgrades old hashes. */
@Injectable()
export class PasswordCheck {
  constructor(
    private readonly crypto: AccountsCrypto,
    private readonly guard: SignInGuard,
    private readonly accounts: AccountRepository,
  ) {}

  /** Throws AccountLocked, RateLimited or InvalidCredentials. */
  async verify(account: Account, password: string, client: ClientInfo): Promise<void> {
    await this.guard.assertMayTry({ account }, client);
    const hash = account.passwordHash;
    const valid = hash ? await this.crypto.passwords.verify(hash, password) : false;
    if (!hash) await this.crypto.passwords.burnVerification(password);
    if (!valid) {
      await this.guard.failed({ account }, client, 'wrong_password');
      throw new AccountsError(AccountsErrorCode.InvalidCredentials, 'wrong password');
    }
    await this.guard.succeeded(account);
    if (this.crypto.passwords.needsRehash(hash!)) {
      await this.accounts.updatePasswordHash(account.id, await this.crypto.passwords.hash(password), false);
    }
  }

  /**
   * For an identifier no account has: spends the same time, counts the failure
   * against the address and the identifier, and locks it as an account would be.
   */
  async unknownAccount(identifier: string, password: string, client: ClientInfo): Promise<never> {
    await this.guard.assertMayTry({ unknownIdentifier: identifier }, client);
    await this.crypto.passwords.burnVerification(password);
    await this.guard.failed({ unknownIdentifier: identifier }, client, 'unknown_account');
    throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account');
  }

  /** True when `password` is the account's current password (no guard: the caller already proved identity). */
  async isCurrent(account: Account, password: string): Promise<boolean> {
    return account.passwordHash ? this.crypto.passwords.verify(account.passwordHash, password) : false;
  }
}
