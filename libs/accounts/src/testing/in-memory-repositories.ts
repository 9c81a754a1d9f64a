import { Account, AccountRole, AccountStatus, ProfilePatch } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { ContactProof } from '../domain/contact-proof';
import { AuditEvent } from '../domain/audit-event';
import { usernameKey, usernameSkeleton } from '../domain/identifiers';
import { Audience, Session } from '../domain/session';
import { CodeChannel, CodePurpose, VerificationCode } from '../domain/verification-code';
import { AccountNumberTaken, AccountRepository, AccountSearch, IdentityPatch, NewAccount } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { Clock } from '../ports/clock';
import { NewSession, SessionRepository, SessionToken } from '../ports/session.repository';
import { VerificationCodeRepository } from '../ports/verification-code.repository';

/** In-memory ports for use-case specs: same contracts as the TypeORM adapters, no database. */
export class InMemoryAccounts extends AccountRepository {
  readonly rows = new Map<number, Account>();
  private nextId = 1;

  constructor(private readonly clock: Clock) {
    super();
  }

  insert(account: NewAccount): Promise<Account> {
    const clash = [...this.rows.values()].find(
      (row) =>
        (account.username && row.username && usernameSkeleton(row.username) === usernameSkeleton(account.username)) ||
        (account.email && row.email === account.email) ||
        (account.phone && row.phone === account.phone),
    );
    if (clash) return Promise.reject(new AccountsError(AccountsErrorCode.UsernameTaken));
    if ([...this.rows.values()].some((row) => row.accountNumber === account.accountNumber)) return Promise.reject(new AccountNumberTaken());
    const now = this.clock.now();
    const row: Account = {
      id: this.nextId++,
      uuid: account.uuid,
      accountNumber: account.accountNumber,
      username: account.username,
      email: account.email,
      emailProof: account.email === null ? null : account.emailProof,
      phone: account.phone,
      phoneProof: account.phone === null ? null : account.phoneProof,
      passwordHash: account.passwordHash,
      nickname: null,
      avatarUrl: null,
      avatarFileId: null,
      sex: 0,
      birthday: null,
      address: null,
      position: null,
      company: null,
      department: null,
      internalPhone: null,
      description: null,
      website: null,
      location: null,
      ...account.profile,
      role: account.role,
      status: AccountStatus.Normal,
      sessionEpoch: 0,
      failedLogins: 0,
      lockedUntil: null,
      lastLoginAt: null,
      lastLoginIp: null,
      lastLoginDevice: null,
      createdAt: now,
      updatedAt: now,
    };
    this.rows.set(row.id, row);
    return Promise.resolve({ ...row });
  }

  findById(id: number) {
    return this.find((row) => row.id === id);
  }
  findByUuid(uuid: string) {
    return this.find((row) => row.uuid === uuid);
  }
  findByUsername(username: string) {
    return this.find((row) => row.username !== null && usernameKey(row.username) === usernameKey(username));
  }
  findUsernameHolder(username: string) {
    return this.find((row) => row.username !== null && usernameSkeleton(row.username) === usernameSkeleton(username));
  }
  findByEmail(email: string) {
    return this.find((row) => row.email === email);
  }
  findByPhone(phone: string) {
    return this.find((row) => row.phone === phone);
  }
  search(query: AccountSearch): Promise<{ items: Account[]; total: number }> {
    const all = [...this.rows.values()].filter((row) => row.status !== AccountStatus.Deleted);
    return Promise.resolve({ items: all.slice(query.offset, query.offset + query.limit), total: all.length });
  }
  updateProfile(id: number, patch: ProfilePatch) {
    return this.patch(id, patch);
  }
  updateIdentity(id: number, patch: IdentityPatch) {
    return this.patch(id, patch);
  }
  revokeCredentialsForProof(id: number, proven: { emailProof?: ContactProof; phoneProof?: ContactProof }) {
    return this.patch(id, { ...proven, passwordHash: null, sessionEpoch: this.rows.get(id)!.sessionEpoch + 1 });
  }
  updateAdminFields(id: number, patch: { role?: AccountRole; status?: AccountStatus }) {
    return this.patch(id, patch);
  }
  updatePasswordHash(id: number, passwordHash: string, endSessions: boolean) {
    const row = this.rows.get(id)!;
    return this.patch(id, { passwordHash, sessionEpoch: row.sessionEpoch + (endSessions ? 1 : 0) });
  }
  endAllSessions(id: number) {
    return this.patch(id, { sessionEpoch: this.rows.get(id)!.sessionEpoch + 1 });
  }
  recordSignIn(id: number, at: Date, ip: string | null, device: string | null) {
    return this.patch(id, { lastLoginAt: at, lastLoginIp: ip, lastLoginDevice: device });
  }
  async incrementFailedLogins(id: number): Promise<number> {
    await this.patch(id, { failedLogins: this.rows.get(id)!.failedLogins + 1 });
    return this.rows.get(id)!.failedLogins;
  }
  lockUntil(id: number, until: Date) {
    return this.patch(id, { lockedUntil: until });
  }
  resetFailedLogins(id: number) {
    return this.patch(id, { failedLogins: 0, lockedUntil: null });
  }
  setAvatar(id: number, avatarUrl: string, avatarFileId: string | null) {
    return this.patch(id, { avatarUrl, avatarFileId });
  }
  clearAvatar(id: number) {
    return this.patch(id, { avatarUrl: null, avatarFileId: null });
  }
  erase(id: number) {
    const row = this.rows.get(id)!;
    return this.patch(id, {
      username: null,
      email: null,
      emailProof: null,
      phone: null,
      phoneProof: null,
      passwordHash: null,
      status: AccountStatus.Deleted,
      sessionEpoch: row.sessionEpoch + 1,
    });
  }

  private find(predicate: (row: Account) => boolean): Promise<Account | null> {
    const row = [...this.rows.values()].find(predicate);
    return Promise.resolve(row ? { ...row } : null);
  }

  private patch(id: number, changes: Partial<Account>): Promise<void> {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, ...changes, updatedAt: this.clock.now() });
    return Promise.resolve();
  }
}

export class InMemorySessions extends SessionRepository {
  readonly sessions = new Map<string, Session>();
  readonly tokens: SessionToken[] = [];

  constructor(private readonly accounts: InMemoryAccounts) {
    super();
  }

  insert(session: NewSession): Promise<Session> {
    const row: Session = { ...session, tokenGeneration: 0, lastSeenAt: session.createdAt, revokedAt: null };
    this.sessions.set(row.id, row);
    return Promise.resolve({ ...row });
  }
  findWithAccount(id: string): Promise<{ session: Session; account: Account } | null> {
    const session = this.sessions.get(id);
    const account = session ? this.accounts.rows.get(session.accountId) : undefined;
    return Promise.resolve(session && account ? { session: { ...session }, account: { ...account } } : null);
  }
  listLive(accountId: number, epoch: number, now: Date): Promise<Session[]> {
    return Promise.resolve(
      [...this.sessions.values()].filter((s) => s.accountId === accountId && s.epoch === epoch && !s.revokedAt && s.expiresAt > now),
    );
  }
  revoke(id: string, at: Date): Promise<boolean> {
    const session = this.sessions.get(id);
    if (!session || session.revokedAt) return Promise.resolve(false);
    session.revokedAt = at;
    return Promise.resolve(true);
  }
  touch(id: string, at: Date): Promise<void> {
    const session = this.sessions.get(id);
    if (session) session.lastSeenAt = at;
    return Promise.resolve();
  }
  moveToEpoch(id: string, epoch: number): Promise<void> {
    const session = this.sessions.get(id);
    if (session) session.epoch = epoch;
    return Promise.resolve();
  }

  revokeForClient(clientId: string, at: Date): Promise<number> {
    const live = [...this.sessions.values()].filter((session) => session.clientId === clientId && !session.revokedAt);
    for (const session of live) session.revokedAt = at;
    return Promise.resolve(live.length);
  }
  extend(id: string, expiresAt: Date, tokenGeneration: number): Promise<void> {
    const session = this.sessions.get(id);
    if (session) Object.assign(session, { expiresAt, tokenGeneration });
    return Promise.resolve();
  }
  insertToken(token: Omit<SessionToken, 'id' | 'consumedAt'>): Promise<SessionToken> {
    const row = { ...token, id: this.tokens.length + 1, consumedAt: null };
    this.tokens.push(row);
    return Promise.resolve({ ...row });
  }
  findToken(tokenHash: string): Promise<SessionToken | null> {
    const row = this.tokens.find((token) => token.tokenHash === tokenHash);
    return Promise.resolve(row ? { ...row } : null);
  }
  async findTokenWithSession(tokenHash: string): Promise<{ token: SessionToken; session: Session; account: Account } | null> {
    const token = await this.findToken(tokenHash);
    const found = token ? await this.findWithAccount(token.sessionId) : null;
    return token && found ? { token, ...found } : null;
  }
  consumeToken(id: number, at: Date): Promise<boolean> {
    const row = this.tokens.find((token) => token.id === id);
    if (!row || row.consumedAt) return Promise.resolve(false);
    row.consumedAt = at;
    return Promise.resolve(true);
  }
  findLiveSessionIdsByAudience(accountId: number, audience: Audience): Promise<string[]> {
    return Promise.resolve([...this.sessions.values()].filter((s) => s.accountId === accountId && s.audience === audience && !s.revokedAt).map((s) => s.id));
  }
}

export class InMemoryCodes extends VerificationCodeRepository {
  readonly rows: VerificationCode[] = [];

  insert(code: Omit<VerificationCode, 'id' | 'attempts' | 'consumedAt'>): Promise<VerificationCode> {
    const row = { ...code, id: this.rows.length + 1, attempts: 0, consumedAt: null };
    this.rows.push(row);
    return Promise.resolve({ ...row });
  }
  findLatest(query: { channel: CodeChannel; target: string; scope: Audience; purpose?: CodePurpose }): Promise<VerificationCode | null> {
    const row = [...this.rows]
      .reverse()
      .find((c) => c.channel === query.channel && c.target === query.target && c.scope === query.scope && (!query.purpose || c.purpose === query.purpose));
    return Promise.resolve(row ? { ...row } : null);
  }
  findLatestToTarget(channel: CodeChannel, target: string): Promise<VerificationCode | null> {
    const row = [...this.rows].reverse().find((c) => c.channel === channel && c.target === target);
    return Promise.resolve(row ? { ...row } : null);
  }
  addAttempt(id: number): Promise<number> {
    const row = this.rows.find((c) => c.id === id)!;
    row.attempts += 1;
    return Promise.resolve(row.attempts);
  }
  consume(id: number, at: Date): Promise<boolean> {
    const row = this.rows.find((c) => c.id === id);
    if (!row || row.consumedAt) return Promise.resolve(false);
    row.consumedAt = at;
    return Promise.resolve(true);
  }
  remove(id: number): Promise<void> {
    const index = this.rows.findIndex((c) => c.id === id);
    if (index >= 0) this.rows.splice(index, 1);
    return Promise.resolve();
  }
  countSince(channel: CodeChannel, since: Date, target?: string): Promise<number> {
    return Promise.resolve(this.rows.filter((c) => c.channel === channel && c.createdAt >= since && (!target || c.target === target)).length);
  }
}

export class InMemoryAuditLog extends AuditLog {
  readonly events: Omit<AuditEvent, 'id' | 'createdAt'>[] = [];

  record(event: Omit<AuditEvent, 'id' | 'createdAt'>): Promise<void> {
    this.events.push(event);
    return Promise.resolve();
  }
  listForAccount(accountId: number, limit: number): Promise<AuditEvent[]> {
    return Promise.resolve(
      this.events
        .filter((event) => event.accountId === accountId)
        .slice(-limit)
        .map((event, index) => ({ ...event, id: index + 1, createdAt: new Date(0) })),
    );
  }
}
