import { randomUUID } from 'node:crypto';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AccountMirror, MirrorIdentity, MirrorProfile } from '../ports/account-mirror';
import { Clock } from '../ports/clock';

class GiteaAnswer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

/**
 * Mirrors accounts into Gitea through its admin API (GITEA_URL, GITEA_ADMIN_TOKEN).
 * Edits always send login_name, source_id and email: Gitea 1.17 to 1.19 require the
 * first two, older releases the email.
 */
export class GiteaMirror extends AccountMirror {
  readonly enabled = true;

  constructor(
    private readonly baseUrl: string,
    private readonly adminToken: string,
    private readonly timeoutMs: number,
    private readonly clock: Clock,
  ) {
    super();
  }

  mirrors(account: MirrorIdentity): boolean {
    return Boolean(account.username && account.email);
  }

  async created(account: MirrorIdentity, password: string): Promise<void> {
    await this.createUser(account.username!, account.email!, password);
  }

  async passwordChanged(account: MirrorIdentity, password: string): Promise<void> {
    const answer = await this.call('PATCH', `/api/v1/admin/users/${this.name(account)}`, this.admin(), {
      login_name: account.username,
      source_id: 0,
      email: account.email,
      password,
      must_change_password: false,
    });
    if (answer.status === 404) return this.createUser(account.username!, account.email!, password);
    this.expect(answer, 200);
  }

  async emailChanged(account: MirrorIdentity, newEmail: string): Promise<void> {
    const answer = await this.call('PATCH', `/api/v1/admin/users/${this.name(account)}`, this.admin(), {
      login_name: account.username,
      source_id: 0,
      email: newEmail,
    });
    if (answer.status === 404) return;
    this.expect(answer, 200);
  }

  async usernameChanged(account: MirrorIdentity, newUsername: string): Promise<void> {
    const answer = await this.call('POST', `/api/v1/admin/users/${this.name(account)}/rename`, this.admin(), { new_username: newUsername });
    if (answer.status === 404) return;
    this.expect(answer, 204);
  }

  /** Gitea's own limits: full_name 100, location 50, description 255 characters; website a URL or empty. */
  async profileChanged(account: MirrorIdentity & MirrorProfile): Promise<void> {
    const clip = (value: string | null, length: number) => [...(value ?? '')].slice(0, length).join('');
    const website = account.website && /^https?:\/\/\S+$/i.test(account.website) ? account.website : '';
    const answer = await this.call('PATCH', `/api/v1/admin/users/${this.name(account)}`, this.admin(), {
      login_name: account.username,
      source_id: 0,
      email: account.email,
      full_name: clip(account.nickname, 100),
      website,
      location: clip(account.location, 50),
      description: clip(account.description, 255),
    });
    if (answer.status === 404) return;
    this.expect(answer, 200);
  }

  async deleted(account: MirrorIdentity): Promise<void> {
    const answer = await this.call('DELETE', `/api/v1/admin/users/${this.name(account)}?purge=true`, this.admin());
    if (answer.status === 404) return;
    this.expect(answer, 204);
  }

  async issueToken(account: MirrorIdentity, password: string): Promise<string> {
    const basic = `Basic ${Buffer.from(`${account.username}:${password}`).toString('base64')}`;
    // Token names are unique per Gitea user, so two sign-ins in one millisecond must not share one.
    const request = { name: `infinite-${this.clock.now().getTime()}-${randomUUID().slice(0, 8)}`, scopes: ['all'] };
    let answer = await this.call('POST', `/api/v1/users/${this.name(account)}/tokens`, basic, request);
    if (answer.status === 401 || answer.status === 404) {
      // The password was just proven here, and this store is the authority: accounts made before Gitea
      // was configured (or through another contract) join Gitea, and a Gitea password that drifted is reset.
      await this.passwordChanged(account, password);
      answer = await this.call('POST', `/api/v1/users/${this.name(account)}/tokens`, basic, request);
    }
    this.expect(answer, 201);
    const token = (answer.body as { sha1?: string } | null)?.sha1;
    if (!token) throw new AccountsError(AccountsErrorCode.MirrorUnavailable, 'Gitea gave no token');
    return token;
  }

  private async createUser(username: string, email: string, password: string): Promise<void> {
    const answer = await this.call('POST', '/api/v1/admin/users', this.admin(), {
      username,
      login_name: username,
      email,
      password,
      must_change_password: false,
      send_notify: false,
      source_id: 0,
    });
    this.expect(answer, 201);
  }

  private name(account: MirrorIdentity): string {
    return encodeURIComponent(account.username ?? '');
  }

  private admin(): string {
    return `token ${this.adminToken}`;
  }

  private expect(answer: GiteaAnswer, status: number): void {
    if (answer.status !== status) {
      throw new AccountsError(AccountsErrorCode.MirrorUnavailable, `Gitea answered HTTP ${answer.status}`);
    }
  }

  private async call(method: string, path: string, authorization: string, body?: unknown): Promise<GiteaAnswer> {
    try {
      // Joined as text: new URL('/api/...', base) would drop a sub-path such as https://host/gitea.
      const response = await fetch(`${this.baseUrl.replace(/\/+$/, '')}${path}`, {
        method,
        headers: { authorization, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = null;
      }
      return new GiteaAnswer(response.status, parsed);
    } catch {
      throw new AccountsError(AccountsErrorCode.MirrorUnavailable, 'Gitea did not answer');
    }
  }
}

/** Used when Gitea is not configured: nothing is mirrored. */
export class NoMirror extends AccountMirror {
  readonly enabled = false;

  mirrors(): boolean {
    return false;
  }

  created(): Promise<void> {
    return Promise.resolve();
  }

  passwordChanged(): Promise<void> {
    return Promise.resolve();
  }

  emailChanged(): Promise<void> {
    return Promise.resolve();
  }

  usernameChanged(): Promise<void> {
    return Promise.resolve();
  }

  deleted(): Promise<void> {
    return Promise.resolve();
  }

  profileChanged(): Promise<void> {
    return Promise.resolve();
  }

  issueToken(): Promise<string> {
    return Promise.reject(new AccountsError(AccountsErrorCode.MirrorUnavailable, 'Gitea is not configured'));
  }
}
