import { Injectable } from '@nestjs/common';
import { Account, AccountStatus } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { identifierCandidates, IdentifierKind, normalizeEmail, normalizeUsername, usernameKey } from '../domain/identifiers';
import { parsePhone } from '../domain/phone';
import { CodeChannel } from '../domain/verification-code';
import { AccountRepository } from '../ports/account.repository';

/** Finds live (not deleted) accounts by what clients call them. */
@Injectable()
export class AccountFinder {
  constructor(private readonly accounts: AccountRepository) {}

  async byIdentifier(identifier: string, kind: IdentifierKind | 'any'): Promise<Account | null> {
    const candidates =
      kind === 'any' ? identifierCandidates(identifier) : [{ kind, value: this.normalized(identifier, kind) }];
    for (const candidate of candidates) {
      if (candidate.value === null) continue;
      const account = await this.lookup(candidate.kind, candidate.value);
      if (account) return account;
    }
    return null;
  }

  /**
   * One name for every spelling of an identifier (a phone in any accepted form,
   * an email in any case), so failures against an unknown one count as an
   * account's would.
   */
  canonicalIdentifier(identifier: string, kind: IdentifierKind | 'any'): string {
    const candidates =
      kind === 'any' ? identifierCandidates(identifier) : [{ kind, value: this.normalized(identifier, kind) }];
    const order: IdentifierKind[] = ['phone', 'email', 'username'];
    for (const wanted of order) {
      const found = candidates.find((candidate) => candidate.kind === wanted && candidate.value !== null);
      if (found) return `${found.kind}:${wanted === 'username' ? usernameKey(found.value!) : found.value}`;
    }
    return `raw:${identifier.trim().toLowerCase()}`;
  }

  async byTarget(channel: CodeChannel, target: string): Promise<Account | null> {
    return this.live(channel === CodeChannel.Sms ? await this.accounts.findByPhone(target) : await this.accounts.findByEmail(target));
  }

  async byId(id: number): Promise<Account> {
    const account = this.live(await this.accounts.findById(id));
    if (!account) throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account');
    return account;
  }

  async byUuid(uuid: string): Promise<Account> {
    const account = this.live(await this.accounts.findByUuid(uuid));
    if (!account) throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account');
    return account;
  }

  private normalized(identifier: string, kind: IdentifierKind): string | null {
    try {
      if (kind === 'email') return normalizeEmail(identifier);
      if (kind === 'username') return normalizeUsername(identifier);
      return parsePhone(identifier);
    } catch {
      return null;
    }
  }

  private async lookup(kind: IdentifierKind, value: string): Promise<Account | null> {
    if (kind === 'email') return this.live(await this.accounts.findByEmail(value));
    if (kind === 'username') return this.live(await this.accounts.findByUsername(value));
    return this.live(await this.accounts.findByPhone(value));
  }

  private live(account: Account | null): Account | null {
    return account && account.status !== AccountStatus.Deleted ? account : null;
  }
}
