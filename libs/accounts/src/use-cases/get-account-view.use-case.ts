import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { AccountFinder } from '../services/account-finder';
import { AccountView, AccountViews } from '../services/account-views';

export { AccountView } from '../services/account-views';

@Injectable()
export class GetAccountView {
  constructor(
    private readonly finder: AccountFinder,
    private readonly views: AccountViews,
  ) {}

  async execute(ref: { id?: number; uuid?: string; account?: Account }): Promise<AccountView> {
    const account = ref.account ?? (ref.uuid ? await this.finder.byUuid(ref.uuid) : await this.finder.byId(ref.id!));
    return this.views.of(account);
  }
}
