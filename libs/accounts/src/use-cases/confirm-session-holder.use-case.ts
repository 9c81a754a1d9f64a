import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { IdentifierKind } from '../domain/identifiers';
import { AccountFinder } from '../services/account-finder';
import { AuthContext } from '../services/token-authenticator';

export interface ConfirmSessionHolderInput {
  auth: AuthContext;
  /** The account the request names beside its token (vcode sends the phone). */
  identifier: string;
  kind: IdentifierKind | 'any';
}

/**
 * Checks that a live session belongs to the account the request names, so a
 * token cannot act for another account: an identifier no account has answers
 * AccountNotFound, another account's identifier TokenInvalid.
 */
@Injectable()
export class ConfirmSessionHolder {
  constructor(private readonly finder: AccountFinder) {}

  async execute(input: ConfirmSessionHolderInput): Promise<void> {
    const named = await this.finder.byIdentifier(input.identifier, input.kind);
    if (!named) throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account');
    if (named.id !== input.auth.account.id) {
      throw new AccountsError(AccountsErrorCode.TokenInvalid, 'the token belongs to another account');
    }
  }
}
