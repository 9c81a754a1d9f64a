import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertAdmin } from '../domain/account-rules';
import { AccountFinder } from '../services/account-finder';

/** Administrators read any account by id or UUID. */
@Injectable()
export class GetAccountAsAdmin {
  constructor(private readonly finder: AccountFinder) {}

  async execute({ actor, id, uuid }: { actor: Account; id?: number; uuid?: string }): Promise<Account> {
    assertAdmin(actor);
    return uuid ? this.finder.byUuid(uuid) : this.finder.byId(id!);
  }
}
