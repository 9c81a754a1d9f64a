import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertAdmin } from '../domain/account-rules';
import { AccountRepository } from '../ports/account.repository';

export interface AccountPage {
  items: Account[];
  total: number;
  page: number;
  perPage: number;
}

/** Administrators list and search accounts (deleted ones excluded). */
@Injectable()
export class ListAccounts {
  constructor(private readonly accounts: AccountRepository) {}

  async execute({ actor, ...query }: { actor: Account; search?: string; page?: number; perPage?: number }): Promise<AccountPage> {
    assertAdmin(actor);
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const perPage = Math.min(100, Math.max(1, Math.floor(query.perPage ?? 20)));
    const { items, total } = await this.accounts.search({ search: query.search, offset: (page - 1) * perPage, limit: perPage });
    return { items, total, page, perPage };
  }
}
