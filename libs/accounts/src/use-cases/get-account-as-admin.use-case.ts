import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertAdmin } from '../domain/account-rules';
import { AccountFinder } from '../services/account-finder';
import { AccountView, AccountViews } from '../services/account-views';

/** Administrators read any account by id or UUID, with what surfaces show beside it. */
@Injectable()
export class GetAccountAsAdmin {
  constructor(
    private readonly finder: AccountFinder,
    private readonly views: AccountViews,
  ) {}

  async execute({ actor, id, uuid }: { actor: Account; id?: number; uuid?: string }): Promise<AccountView> {
    assertAdmin(actor);
    return this.views.of(uuid ? await this.finder.byUuid(uuid) : await this.finder.byId(id!));
  }
}
