import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SystemClock } from '../../clock/system-clock';
import { Account } from '../../domain/account';
import { ContactProof } from '../../domain/contact-proof';
import { Audience, Session } from '../../domain/session';
import { SessionToken } from '../../ports/session.repository';
import { newAccountRecord } from '../../testing/new-account';
import { openTemporaryStore, STORE_DIALECT, TemporaryStore } from '../../testing/temporary-store';
import { AccountEntity, SessionEntity, SessionTokenEntity } from '../entities';
import { updateSql } from '../raw-rows';
import { TypeOrmUnitOfWork } from '../unit-of-work/typeorm-unit-of-work';
import { TypeOrmAccountRepository } from './typeorm-account.repository';
import { TypeOrmSessionRepository } from './typeorm-session.repository';

/**
 * The session repository reads its hot paths from raw joined rows and writes them with SQL built
 * once (raw-rows.ts), and on SQLite TypeORM binds integers only because sqlite-integer-parameters.ts
 * hands them over as BigInt. Both lean on TypeORM internals (the `<alias>_<column>` row keys,
 * `prepareHydratedValue`, `preparePersistentValue`, `escape`, the structured write result,
 * `escapeQueryWithParameters`): these specs fail when a TypeORM release changes one of them.
 * Runs on SQLite, and on MariaDB with TEST_MYSQL_URL (scripts/test-mysql.js).
 */
describe(`TypeOrmSessionRepository on ${STORE_DIALECT}`, () => {
  let store: TemporaryStore;
  let dataSource: DataSource;
  let sessions: TypeOrmSessionRepository;
  let accounts: TypeOrmAccountRepository;
  let work: TypeOrmUnitOfWork;
  let numbers = 0;
  /** Every statement the store runs, with the parameters as they reached the driver. */
  let queries: { sql: string; parameters: unknown[] }[] = [];

  beforeAll(async () => {
    store = await openTemporaryStore();
    dataSource = store.dataSource;
    sessions = new TypeOrmSessionRepository(dataSource.getRepository(SessionEntity), dataSource.getRepository(SessionTokenEntity));
    accounts = new TypeOrmAccountRepository(dataSource.getRepository(AccountEntity), new SystemClock());
    work = new TypeOrmUnitOfWork(dataSource);
    // TypeORM hands every query to its logger, whatever the logging option.
    jest.spyOn(dataSource.logger, 'logQuery').mockImplementation((sql: string, parameters?: unknown[]) => {
      queries.push({ sql, parameters: parameters ?? [] });
    });
  });
  afterAll(() => store.close());

  /** A time with milliseconds (the columns keep three digits), `seconds` from now. */
  const inSeconds = (seconds: number) => new Date(Math.floor(Date.now() / 1000) * 1000 + seconds * 1000 + 123);

  /** An account with a value in every kind of column: nullable dates, proofs, a profile, a BIGINT id. */
  async function account(): Promise<Account> {
    numbers += 1;
    const inserted = await accounts.insert(
      newAccountRecord({
        accountNumber: `2612${String(numbers).padStart(10, '0')}`,
        email: `session${numbers}@example.com`,
        emailProof: ContactProof.Proven,
        passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
        profile: { nickname: 'Zoë 测试', sex: 1, birthday: '1990-01-02' },
      }),
    );
    await accounts.lockUntil(inserted.id, inSeconds(-30));
    await accounts.recordSignIn(inserted.id, inSeconds(-60), '198.51.100.7', 'jest');
    return (await accounts.findById(inserted.id))!;
  }

  function session(accountId: number, overrides: Partial<Session> = {}): Promise<Session> {
    return sessions.insert({
      id: randomUUID(),
      accountId,
      audience: Audience.V2,
      terminal: null,
      userAgent: 'jest/30 (ünïcode)',
      ip: '203.0.113.5',
      epoch: 0,
      wechatOpenid: null,
      clientId: null,
      createdAt: inSeconds(-5),
      expiresAt: inSeconds(3600),
      ...overrides,
    });
  }

  const token = (sessionId: string): Promise<SessionToken> =>
    sessions.insertToken({ sessionId, kind: 'refresh', tokenHash: randomBytes(32).toString('hex'), createdAt: inSeconds(-5), expiresAt: inSeconds(86400) });

  it('reads a session with its account in one query, every column as it was written', async () => {
    const [holder, other] = [await account(), await account()];
    const [mine, theirs] = [await session(holder.id, { terminal: 'pc', wechatOpenid: 'o-openid' }), await session(other.id)];
    queries = [];
    const found = await sessions.findWithAccount(mine.id);
    expect(queries).toHaveLength(1);
    // Dates to the millisecond, nulls as null, the BIGINT ids as numbers (MySQL answers them as strings).
    expect(found).toEqual({ session: mine, account: holder });
    expect(found!.session.lastSeenAt).toEqual(mine.createdAt);
    expect(typeof found!.session.accountId).toBe('number');
    expect(typeof found!.account.id).toBe('number');
    expect(found!.account.lockedUntil).toBeInstanceOf(Date);
    expect(found!.account.lockedUntil!.getTime() % 1000).toBe(123);
    expect(found!.session.revokedAt).toBeNull();
    // The SQL built for the first call is the one every later call runs, with its own id.
    expect(await sessions.findWithAccount(theirs.id)).toEqual({ session: theirs, account: other });
    expect(queries[1].sql).toBe(queries[0].sql);
    expect(await sessions.findWithAccount(randomUUID())).toBeNull();
  });

  it('reads a token alone, and a token with its session and account in one query', async () => {
    const [holder, other] = [await account(), await account()];
    const [mine, theirs] = [await session(holder.id), await session(other.id, { audience: Audience.OAuth, clientId: 'client-1' })];
    const [myToken, theirToken] = [await token(mine.id), await token(theirs.id)];
    expect(typeof myToken.id).toBe('number');
    expect(await sessions.findToken(myToken.tokenHash)).toEqual({ ...myToken, consumedAt: null });
    queries = [];
    expect(await sessions.findTokenWithSession(myToken.tokenHash)).toEqual({ token: myToken, session: mine, account: holder });
    expect(queries).toHaveLength(1);
    expect(await sessions.findTokenWithSession(theirToken.tokenHash)).toEqual({ token: theirToken, session: theirs, account: other });
    expect(await sessions.findTokenWithSession('0'.repeat(64))).toBeNull();
    expect(await sessions.findToken('0'.repeat(64))).toBeNull();
  });

  it("extends with SQL in the dialect's quoting, writing dates TypeORM's own queries compare", async () => {
    const expected = {
      sqlite: 'UPDATE "sessions" SET "expires_at" = ?, "token_generation" = ? WHERE "id" = ?',
      mysql: 'UPDATE `sessions` SET `expires_at` = ?, `token_generation` = ? WHERE `id` = ?',
    };
    expect(updateSql(dataSource.getMetadata(SessionEntity), ['expiresAt', 'tokenGeneration'], (column) => `${column('id')} = ?`)).toBe(expected[STORE_DIALECT]);

    const holder = await account();
    const mine = await session(holder.id);
    const later = inSeconds(7200);
    await sessions.extend(mine.id, later, 3);
    expect((await sessions.findWithAccount(mine.id))!.session).toEqual({ ...mine, expiresAt: later, tokenGeneration: 3 });
    expect((await sessions.listLive(holder.id, 0, new Date())).map((live) => live.id)).toEqual([mine.id]);
    // A hand-written expiry in the past: TypeORM's `expiresAt > now` must see it as past.
    await sessions.extend(mine.id, inSeconds(-1), 4);
    expect(await sessions.listLive(holder.id, 0, new Date())).toEqual([]);
  });

  it('answers how many rows a write changed: a token is consumed once, a session ends once', async () => {
    const holder = await account();
    const mine = await session(holder.id, { audience: Audience.OAuth, clientId: 'client-2' });
    const second = await session(holder.id, { audience: Audience.OAuth, clientId: 'client-2' });
    const refresh = await token(mine.id);
    const at = inSeconds(0);
    expect(await sessions.consumeToken(refresh.id, at)).toBe(true);
    expect(await sessions.consumeToken(refresh.id, inSeconds(1))).toBe(false);
    expect((await sessions.findToken(refresh.tokenHash))!.consumedAt).toEqual(at);

    expect(await sessions.revoke(mine.id, at, 'signed_out')).toBe(true);
    expect(await sessions.revoke(mine.id, at, 'signed_out')).toBe(false);
    expect(await sessions.revokeForClient('client-2', at, 'client_deleted')).toBe(1);
    expect(await sessions.revokeForClient('client-2', at, 'client_deleted')).toBe(0);
    expect((await sessions.findWithAccount(second.id))!.session.revokedAt).toEqual(at);
  });

  it('writes in the open unit of work: nothing of failed work stays, committed work does', async () => {
    const holder = await account();
    const mine = await session(holder.id);
    const refresh = await token(mine.id);
    await expect(
      work.run(async () => {
        expect(await sessions.consumeToken(refresh.id, inSeconds(0))).toBe(true);
        await sessions.extend(mine.id, inSeconds(9000), 1);
        throw new Error('injected');
      }),
    ).rejects.toThrow('injected');
    expect((await sessions.findToken(refresh.tokenHash))!.consumedAt).toBeNull();
    expect((await sessions.findWithAccount(mine.id))!.session).toEqual(mine);

    await work.run(async () => {
      expect(await sessions.consumeToken(refresh.id, inSeconds(0))).toBe(true);
      expect(await sessions.consumeToken(refresh.id, inSeconds(0))).toBe(false);
    });
    expect((await sessions.findToken(refresh.tokenHash))!.consumedAt).not.toBeNull();
  });

  it('runs one statement text for every account, the account bound as a parameter', async () => {
    const [first, second] = [await account(), await account()];
    const [mine, theirs] = [await session(first.id, { audience: Audience.Venus }), await session(second.id, { audience: Audience.Venus })];
    queries = [];
    expect((await sessions.listLive(first.id, 0, new Date())).map((live) => live.id)).toEqual([mine.id]);
    expect((await sessions.listLive(second.id, 0, new Date())).map((live) => live.id)).toEqual([theirs.id]);
    expect(await sessions.findLiveSessionIdsByAudience(first.id, Audience.Venus)).toEqual([mine.id]);
    expect(await sessions.findLiveSessionIdsByAudience(second.id, Audience.Venus)).toEqual([theirs.id]);
    expect(queries).toHaveLength(4);
    expect(queries[1].sql).toBe(queries[0].sql);
    expect(queries[3].sql).toBe(queries[2].sql);
    // SQLite gets the id as a BigInt, which it binds as the INTEGER the literal was; mysql2 binds numbers as they are.
    const bound = STORE_DIALECT === 'sqlite' ? BigInt(first.id) : first.id;
    expect(queries[0].parameters).toContainEqual(bound);
    expect(queries[2].parameters).toContainEqual(bound);
  });

  it('records activity at most once per throttle window', async () => {
    const holder = await account();
    const mine = await session(holder.id);
    await sessions.touch(mine.id, inSeconds(0), 60);
    expect((await sessions.findWithAccount(mine.id))!.session.lastSeenAt).toEqual(mine.createdAt);
    const later = inSeconds(120);
    await sessions.touch(mine.id, later, 60);
    expect((await sessions.findWithAccount(mine.id))!.session.lastSeenAt).toEqual(later);
  });
});
