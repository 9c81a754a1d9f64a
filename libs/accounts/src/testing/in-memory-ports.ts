import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { OAuthClient } from '../domain/oauth-client';
import { WeChatIdentity, WeChatProfile } from '../domain/wechat-identity';
import { AccountMirror, MirrorIdentity, MirrorProfile } from '../ports/account-mirror';
import { AccountsObserver, ObservedEvent } from '../ports/accounts-observer';
import { Clock } from '../ports/clock';
import { LoginTicket, LoginTicketRepository } from '../ports/login-ticket.repository';
import { OAuthClientRepository } from '../ports/oauth-client.repository';
import { WeChatApi, WeChatSession } from '../ports/wechat-api';
import { WeChatIdentityRepository } from '../ports/wechat-identity.repository';

/** The ports the first in-memory repositories did not cover, with the same contracts as their adapters. */

export class InMemoryLoginTickets extends LoginTicketRepository {
  readonly rows: LoginTicket[] = [];

  insert(ticket: Omit<LoginTicket, 'id' | 'consumedAt'>): Promise<LoginTicket> {
    const row = { ...ticket, id: this.rows.length + 1, consumedAt: null };
    this.rows.push(row);
    return Promise.resolve({ ...row });
  }
  findBySecretHash(secretHash: string): Promise<LoginTicket | null> {
    const row = this.rows.find((ticket) => ticket.secretHash === secretHash);
    return Promise.resolve(row ? { ...row } : null);
  }
  consume(id: number, at: Date): Promise<boolean> {
    const row = this.rows.find((ticket) => ticket.id === id);
    if (!row || row.consumedAt) return Promise.resolve(false);
    row.consumedAt = at;
    return Promise.resolve(true);
  }
}

export class InMemoryWeChatIdentities extends WeChatIdentityRepository {
  readonly rows: WeChatIdentity[] = [];

  constructor(private readonly clock: Clock) {
    super();
  }

  findByOpenid(appId: string, openid: string): Promise<WeChatIdentity | null> {
    return this.one((row) => row.appId === appId && row.openid === openid);
  }
  findByAccountId(accountId: number): Promise<WeChatIdentity | null> {
    // The newest link, as the adapter orders by id descending.
    return this.one((row) => row.accountId === accountId, true);
  }
  insert(identity: Omit<WeChatIdentity, 'id' | 'createdAt' | 'updatedAt'>): Promise<WeChatIdentity> {
    if (this.rows.some((row) => row.appId === identity.appId && row.openid === identity.openid)) {
      return Promise.reject(new Error('duplicate (app_id, openid)'));
    }
    const now = this.clock.now();
    const row = { ...identity, id: this.rows.length + 1, createdAt: now, updatedAt: now };
    this.rows.push(row);
    return Promise.resolve({ ...row });
  }
  updateProfile(id: number, profile: Partial<WeChatProfile> & { unionid?: string | null }): Promise<void> {
    return this.patch(id, profile);
  }
  relink(id: number, accountId: number): Promise<void> {
    return this.patch(id, { accountId });
  }
  removeForAccount(accountId: number): Promise<void> {
    for (let i = this.rows.length - 1; i >= 0; i--) if (this.rows[i].accountId === accountId) this.rows.splice(i, 1);
    return Promise.resolve();
  }

  private one(predicate: (row: WeChatIdentity) => boolean, newest = false): Promise<WeChatIdentity | null> {
    const rows = this.rows.filter(predicate);
    const row = newest ? rows[rows.length - 1] : rows[0];
    return Promise.resolve(row ? { ...row } : null);
  }
  private patch(id: number, changes: Partial<WeChatIdentity>): Promise<void> {
    const row = this.rows.find((identity) => identity.id === id);
    if (row) Object.assign(row, changes, { updatedAt: this.clock.now() });
    return Promise.resolve();
  }
}

export class InMemoryOAuthClients extends OAuthClientRepository {
  readonly rows: OAuthClient[] = [];
  private nextId = 1;

  constructor(private readonly clock: Clock) {
    super();
  }

  insert(client: Omit<OAuthClient, 'id' | 'createdAt'>): Promise<OAuthClient> {
    if (this.rows.some((row) => row.clientId === client.clientId)) return Promise.reject(new Error('duplicate client_id'));
    const row = { ...client, id: this.nextId++, createdAt: this.clock.now() };
    this.rows.push(row);
    return Promise.resolve({ ...row });
  }
  findById(id: number): Promise<OAuthClient | null> {
    const row = this.rows.find((client) => client.id === id);
    return Promise.resolve(row ? { ...row } : null);
  }
  findByClientId(clientId: string): Promise<OAuthClient | null> {
    const row = this.rows.find((client) => client.clientId === clientId);
    return Promise.resolve(row ? { ...row } : null);
  }
  list(): Promise<OAuthClient[]> {
    return Promise.resolve(this.rows.map((row) => ({ ...row })));
  }
  remove(id: number): Promise<boolean> {
    const index = this.rows.findIndex((client) => client.id === id);
    if (index < 0) return Promise.resolve(false);
    this.rows.splice(index, 1);
    return Promise.resolve(true);
  }
}

type MirrorCall =
  | { method: 'created' | 'passwordChanged' | 'issueToken'; account: MirrorIdentity; password: string }
  | { method: 'emailChanged' | 'usernameChanged'; account: MirrorIdentity; to: string }
  | { method: 'deleted'; account: MirrorIdentity }
  | { method: 'profileChanged'; account: MirrorIdentity & MirrorProfile };

/**
 * A mirror (Gitea's place) that records what it was told. Off unless `enabled`; it represents
 * accounts with a username and an email, as Gitea does. `failNext` makes the next call fail as an
 * unreachable mirror does.
 */
export class RecordingMirror extends AccountMirror {
  enabled = false;
  readonly calls: MirrorCall[] = [];
  failNext = false;

  mirrors(account: MirrorIdentity): boolean {
    return this.enabled && account.username !== null && account.email !== null;
  }
  created(account: MirrorIdentity, password: string) {
    return this.record({ method: 'created', account, password });
  }
  passwordChanged(account: MirrorIdentity, password: string) {
    return this.record({ method: 'passwordChanged', account, password });
  }
  emailChanged(account: MirrorIdentity, to: string) {
    return this.record({ method: 'emailChanged', account, to });
  }
  usernameChanged(account: MirrorIdentity, to: string) {
    return this.record({ method: 'usernameChanged', account, to });
  }
  deleted(account: MirrorIdentity) {
    return this.record({ method: 'deleted', account });
  }
  profileChanged(account: MirrorIdentity & MirrorProfile) {
    return this.record({ method: 'profileChanged', account });
  }
  async issueToken(account: MirrorIdentity, password: string): Promise<string> {
    await this.record({ method: 'issueToken', account, password });
    return `mirror-token-for-${account.username}`;
  }

  private record(call: MirrorCall): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new AccountsError(AccountsErrorCode.MirrorUnavailable, 'mirror unreachable'));
    }
    this.calls.push({ ...call, account: { ...call.account } } as MirrorCall);
    return Promise.resolve();
  }
}

/** WeChat's code exchange: a code given to `accept` answers its session once, any other is refused as WeChat refuses it. */
export class FakeWeChatApi extends WeChatApi {
  readonly appId = 'wx-test-app';
  private readonly codes = new Map<string, WeChatSession>();
  unavailable = false;

  accept(jsCode: string, session: WeChatSession): void {
    this.codes.set(jsCode, session);
  }
  exchangeCode(jsCode: string): Promise<WeChatSession> {
    if (this.unavailable) return Promise.reject(new AccountsError(AccountsErrorCode.WeChatUnavailable, 'WeChat did not answer'));
    const session = this.codes.get(jsCode);
    this.codes.delete(jsCode);
    if (!session) return Promise.reject(new AccountsError(AccountsErrorCode.WeChatRejected, 'invalid code', { upstreamCode: 40029 }));
    return Promise.resolve(session);
  }
}

/** Keeps the countable events the core told. */
export class RecordingObserver extends AccountsObserver {
  readonly events: ObservedEvent[] = [];

  observe(event: ObservedEvent): void {
    this.events.push(event);
  }
}
