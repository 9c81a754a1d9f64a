import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { joined } from '../unit-of-work/transaction-context';
import { IsNull, LessThan, MoreThan, Repository } from 'typeorm';
import { Account } from '../../domain/account';
import { Audience, Session } from '../../domain/session';
import { NewSession, SessionRepository, SessionToken } from '../../ports/session.repository';
import { AccountEntity, SessionEntity, SessionTokenEntity } from '../entities';
import { toAccount, toSession, toSessionToken } from '../mappers';
import { executeWrite, hydrate, persistentValue, updateSql } from '../raw-rows';

@Injectable()
export class TypeOrmSessionRepository extends SessionRepository {
  // The SQL of the hot paths (every authenticated request, every refresh) is
  // built once: building it is most of the query builder's cost there.
  private sessionWithAccountSql: string | undefined;
  private tokenByHashSql: string | undefined;
  private tokenWithSessionSql: string | undefined;
  private consumeTokenSql: string | undefined;
  private extendSql: string | undefined;

  constructor(
    @InjectRepository(SessionEntity) private readonly storedSessions: Repository<SessionEntity>,
    @InjectRepository(SessionTokenEntity) private readonly storedTokens: Repository<SessionTokenEntity>,
  ) {
    super();
  }

  /** Inside a unit of work, its transaction's view. */
  private get sessions(): Repository<SessionEntity> {
    return joined(this.storedSessions);
  }

  /** Inside a unit of work, its transaction's view. */
  private get tokens(): Repository<SessionTokenEntity> {
    return joined(this.storedTokens);
  }

  async insert(session: NewSession): Promise<Session> {
    const row = this.sessions.create({ ...session, tokenGeneration: 0, lastSeenAt: session.createdAt, revokedAt: null, revokedReason: null });
    await this.sessions.insert(row);
    return toSession(row);
  }

  /** One query per authenticated request: the session and its account together, hydrated like the builder does. */
  async findWithAccount(id: string): Promise<{ session: Session; account: Account } | null> {
    this.sessionWithAccountSql ??= this.sessions
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.account', AccountEntity, 'a', 'a.id = s.account_id')
      .where('s.id = :id', { id })
      .getQueryAndParameters()[0];
    const [row] = (await this.sessions.query(this.sessionWithAccountSql, [id])) as Record<string, unknown>[];
    return row ? this.sessionAndAccount(row) : null;
  }

  /** The session (alias `s`) and its account (alias `a`) of a joined row. */
  private sessionAndAccount(row: Record<string, unknown>): { session: Session; account: Account } {
    return {
      session: toSession(hydrate<SessionEntity>(this.sessions.metadata, row, 's')),
      account: toAccount(hydrate<AccountEntity>(this.sessions.manager.connection.getMetadata(AccountEntity), row, 'a')),
    };
  }

  async listLive(accountId: number, epoch: number, now: Date): Promise<Session[]> {
    const rows = await this.sessions.find({
      where: { accountId, epoch, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map(toSession);
  }

  async revoke(id: string, at: Date, reason: string): Promise<boolean> {
    const result = await this.sessions.update({ id, revokedAt: IsNull() }, { revokedAt: at, revokedReason: reason });
    return (result.affected ?? 0) > 0;
  }

  async moveToEpoch(id: string, epoch: number): Promise<void> {
    await this.sessions.update({ id }, { epoch });
  }

  async revokeForClient(clientId: string, at: Date, reason: string): Promise<number> {
    const result = await this.sessions.update({ clientId, revokedAt: IsNull() }, { revokedAt: at, revokedReason: reason });
    return result.affected ?? 0;
  }

  async touch(id: string, at: Date, throttleSeconds: number): Promise<void> {
    const staleBefore = new Date(at.getTime() - throttleSeconds * 1000);
    await this.sessions.update({ id, lastSeenAt: LessThan(staleBefore) }, { lastSeenAt: at });
  }

  async extend(id: string, expiresAt: Date, tokenGeneration: number): Promise<void> {
    const metadata = this.sessions.metadata;
    this.extendSql ??= updateSql(metadata, ['expiresAt', 'tokenGeneration'], (column) => `${column('id')} = ?`);
    await executeWrite(metadata, this.extendSql, [
      persistentValue(metadata, 'expiresAt', expiresAt),
      persistentValue(metadata, 'tokenGeneration', tokenGeneration),
      id,
    ]);
  }

  async insertToken(token: Omit<SessionToken, 'id' | 'consumedAt'>): Promise<SessionToken> {
    const row = this.tokens.create({ ...token, consumedAt: null });
    await this.tokens.insert(row);
    return toSessionToken(row);
  }

  /** On every opaque-token check. */
  async findToken(tokenHash: string): Promise<SessionToken | null> {
    this.tokenByHashSql ??= this.tokens.createQueryBuilder('t').where('t.token_hash = :tokenHash', { tokenHash }).getQueryAndParameters()[0];
    const [row] = (await this.tokens.query(this.tokenByHashSql, [tokenHash])) as Record<string, unknown>[];
    return row ? toSessionToken(hydrate<SessionTokenEntity>(this.tokens.metadata, row, 't')) : null;
  }

  /** On every refresh: the token, its session and the session's account in one query. */
  async findTokenWithSession(tokenHash: string): Promise<{ token: SessionToken; session: Session; account: Account } | null> {
    this.tokenWithSessionSql ??= this.tokens
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.session', SessionEntity, 's', 's.id = t.session_id')
      .innerJoinAndMapOne('t.account', AccountEntity, 'a', 'a.id = s.account_id')
      .where('t.token_hash = :tokenHash', { tokenHash })
      .getQueryAndParameters()[0];
    const [row] = (await this.tokens.query(this.tokenWithSessionSql, [tokenHash])) as Record<string, unknown>[];
    return row ? { token: toSessionToken(hydrate<SessionTokenEntity>(this.tokens.metadata, row, 't')), ...this.sessionAndAccount(row) } : null;
  }

  async consumeToken(id: number, at: Date): Promise<boolean> {
    const metadata = this.tokens.metadata;
    this.consumeTokenSql ??= updateSql(metadata, ['consumedAt'], (column) => `${column('id')} = ? AND ${column('consumedAt')} IS NULL`);
    return (await executeWrite(metadata, this.consumeTokenSql, [persistentValue(metadata, 'consumedAt', at), id])) > 0;
  }

  async findLiveSessionIdsByAudience(accountId: number, audience: Audience): Promise<string[]> {
    const rows = await this.sessions.find({
      where: { accountId, audience, revokedAt: IsNull() },
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }
}
