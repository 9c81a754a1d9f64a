import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { IdentifierKind } from '../domain/identifiers';
import { AccountFinder } from './account-finder';
import { AuthContext } from './token-authenticator';

/** The account a request names beside its token (vcode sends the phone). */
export interface NamedHolder {
  identifier: string;
  kind: IdentifierKind | 'any';
}

/**
 * Checks that a live session belongs to the account the request names, so a token cannot
 * act for another account: an identifier no account has answers AccountNotFound, another
 * account's identifier TokenInvalid.
 */
@Injectable()
export class SessionHolder {
  constructor(private readonly finder: AccountFinder) {}

  async confirm(auth: AuthContext, named: NamedHolder): Promise<void> {
    const account = await this.finder.byIdentifier(named.identifier, named.kind);
    if (!account) throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account');
    if (account.id !== auth.account.id) throw new AccountsError(AccountsErrorCode.TokenInvalid, 'the token belongs to another account');
  }
}
