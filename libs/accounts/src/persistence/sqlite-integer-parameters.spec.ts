import { DataSource, In, MoreThan, Repository } from 'typeorm';
import { AuditEventType } from '../domain/audit-event';
import { openTemporarySqlite, TemporarySqlite, watchQueries } from '../testing/temporary-sqlite';
import { AuditEventEntity } from './entities';
import { bindIntegerParameters } from './sqlite-integer-parameters';

describe('bindIntegerParameters (SQLite)', () => {
  let store: TemporarySqlite;
  let dataSource: DataSource;
  let events: Repository<AuditEventEntity>;
  let executed: string[] = [];

  beforeAll(async () => {
    store = await openTemporarySqlite(bindIntegerParameters);
    dataSource = store.dataSource;
    events = dataSource.getRepository(AuditEventEntity);
    watchQueries(dataSource, (sql) => executed.push(sql));
  });

  afterAll(() => store.close());

  beforeEach(async () => {
    await events.clear();
    executed = [];
  });

  const record = (accountId: number, ip: string) => events.insert(events.create({ accountId, type: AuditEventType.SignInSucceeded, ip, userAgent: null, detail: null, createdAt: new Date() }));

  it('writes the same SQL for every account, with the account bound rather than written in', async () => {
    await record(7001, '10.0.0.1');
    await record(7002, '10.0.0.2');
    await events.update({ accountId: 7001 }, { ip: '10.0.0.9' });
    await events.update({ accountId: 7002 }, { ip: '10.0.0.8' });

    const inserts = executed.filter((sql) => sql.startsWith('INSERT'));
    const updates = executed.filter((sql) => sql.startsWith('UPDATE'));
    expect(inserts).toHaveLength(2);
    expect(inserts[0]).toBe(inserts[1]);
    expect(updates).toHaveLength(2);
    expect(updates[0]).toBe(updates[1]);
    expect(executed.join('\n')).not.toMatch(/700[12]/);
  });

  it('keeps every query meaning what it meant: equality, IN, comparisons, updates of one row', async () => {
    await record(7001, '10.0.0.1');
    await record(7002, '10.0.0.2');
    await record(7003, '10.0.0.3');

    expect((await events.findBy({ accountId: 7002 })).map((event) => event.ip)).toEqual(['10.0.0.2']);
    expect((await events.findBy({ accountId: In([7001, 7003]) })).map((event) => event.accountId).sort()).toEqual([7001, 7003]);
    expect(await events.count({ where: { accountId: MoreThan(7001) } })).toBe(2);
    const below = await events.createQueryBuilder('e').where('e.account_id < :limit', { limit: 7001.5 }).getMany();
    expect(below.map((event) => event.accountId)).toEqual([7001]);

    await events.update({ accountId: 7003 }, { ip: '10.9.9.9' });
    const byAccount = Object.fromEntries((await events.find()).map((event) => [event.accountId, event.ip]));
    expect(byAccount).toEqual({ 7001: '10.0.0.1', 7002: '10.0.0.2', 7003: '10.9.9.9' });
  });
});
