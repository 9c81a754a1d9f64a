import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertAdmin } from '../domain/account-rules';
import { AccountFinder } from '../services/account-finder';

/** Administrators read any account by id or UUID. */
@Injectable()
export class GetAccountAsAdmin {
  constructor(private readonly finder: AccountFinder) {}

  async execute(actor: Account, ref: { id?: number; uuid?: string }): Promise<Account> {
    assertAdmin(actor);
    return ref.uuid ? this.finder.byUuid(ref.uuid) : this.finder.byId(ref.id!);
  }
}
