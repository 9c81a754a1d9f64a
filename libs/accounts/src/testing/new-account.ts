import { randomUUID } from 'node:crypto';
import { AccountRole } from '../domain/account';
import { NewAccount } from '../ports/account.repository';

/** A plain user account to insert, with a fresh uuid and a random username unless given. */
export function newAccountRecord(overrides: Partial<NewAccount> = {}): NewAccount {
  return {
    uuid: randomUUID(),
    accountNumber: '26112100000001',
    username: `u${Math.random().toString(36).slice(2)}`,
    email: null,
    emailProof: null,
    phone: null,
    phoneProof: null,
    passwordHash: null,
    role: AccountRole.User,
    profile: {},
    ...overrides,
  };
}
