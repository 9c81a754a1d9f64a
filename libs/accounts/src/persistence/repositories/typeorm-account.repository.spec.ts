import { DataSource } from 'typeorm';
import { AccountsError } from '../../domain/accounts-error';
import { AuditEventType } from '../../domain/audit-event';
import { SystemClock } from '../../clock/system-clock';
import { newAccountRecord } from '../../testing/new-account';
import { openTemporarySqlite, TemporarySqlite, watchQueries } from '../../testing/temporary-sqlite';
import { AccountEntity, AuditEventEntity } from '../entities';
import { TypeOrmAccountRepository } from './typeorm-account.repository';
import { TypeOrmAuditLog } from './typeorm-misc.repositories';

const newAccount = (username: string, accountNumber: string) => newAccountRecord({ username, accountNumber });

describe('TypeOrmAccountRepository on SQLite', () => {
  let store: TemporarySqlite;
  let dataSource: DataSource;
  let accounts: TypeOrmAccountRepository;
  let audit: TypeOrmAuditLog;

  beforeAll(async () => {
    store = await openTemporarySqlite();
    dataSource = store.dataSource;
    const clock = new SystemClock();
    accounts = new TypeOrmAccountRepository(dataSource.getRepository(AccountEntity), clock);
    audit = new TypeOrmAuditLog(dataSource.getRepository(AuditEventEntity), clock);
  });

  afterAll(() => store.close());

  it('answers the stored account, its id and defaults included', async () => {
    const account = await accounts.insert(newAccount('first_user', '20261121000001'));
    expect(account.id).toEqual(expect.any(Number));
    expect(await accounts.findById(account.id)).toEqual(account);
  });

  // Every request shares SQLite's one connection: a write another request makes while an insert
  // is under way must not be swept away when that insert fails on a taken username.
  it('keeps the writes of other requests when an insert clashes', async () => {
    await accounts.insert(newAccount('taken_name', '20261121000002'));
    // The other requests write as soon as the clashing insert has sent its first statement.
    let others: Promise<void>[] = [];
    const stopWatching = watchQueries(dataSource, () => {
      if (others.length === 0) {
        others = Array.from({ length: 5 }, (_, i) => audit.record({ accountId: 900 + i, type: AuditEventType.SignInSucceeded, ip: null, userAgent: null, detail: null }));
      }
    });
    try {
      await expect(accounts.insert(newAccount('taken_name', '20261121000003'))).rejects.toBeInstanceOf(AccountsError);
      await Promise.all(others);
    } finally {
      stopWatching();
    }
    expect(others).toHaveLength(5);
    expect(await dataSource.getRepository(AuditEventEntity).countBy({ type: AuditEventType.SignInSucceeded })).toBe(5);
  });
});
