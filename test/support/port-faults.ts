import { DataSource } from 'typeorm';
import { AccountRepository, AuditLog, SessionRepository } from '@app/accounts';
import { LoginTicketRepository } from '@app/accounts/ports/login-ticket.repository';
import { OAuthClientRepository } from '@app/accounts/ports/oauth-client.repository';
import { StoredFileRepository } from '@app/accounts/ports/stored-file.repository';
import { VerificationCodeRepository } from '@app/accounts/ports/verification-code.repository';
import { WeChatIdentityRepository } from '@app/accounts/ports/wechat-identity.repository';
import { TestApp } from './test-app';

/** Every port that reaches the store: a fault can be injected on any of their calls. */
const STORE_PORTS = [
  AccountRepository,
  SessionRepository,
  VerificationCodeRepository,
  LoginTicketRepository,
  WeChatIdentityRepository,
  OAuthClientRepository,
  StoredFileRepository,
  AuditLog,
] as const;

export class InjectedFault extends Error {
  constructor(readonly call: string) {
    super(`injected fault at ${call}`);
  }
}

/**
 * Counts the calls the store's ports receive while armed and throws on the Nth, as a store
 * that fails between two writes would. `calls` says how far a request got.
 */
export class PortFaults {
  private failAt = 0;
  calls: string[] = [];
  private readonly restore: (() => void)[] = [];

  constructor(t: TestApp) {
    for (const token of STORE_PORTS) {
      const port = t.app.get<object>(token as never) as Record<string, unknown>;
      for (const name of asyncMethods(port)) {
        const original = port[name] as (...args: unknown[]) => unknown;
        port[name] = (...args: unknown[]) => {
          if (this.failAt > 0) {
            const call = `${token.name}.${name}`;
            this.calls.push(call);
            if (this.calls.length === this.failAt) return Promise.reject(new InjectedFault(call));
          }
          return original.apply(port, args);
        };
        this.restore.push(() => delete port[name]);
      }
    }
  }

  /** From now on, the Nth call fails (0: none, but calls are still counted with `count`). */
  arm(failAt: number): void {
    this.failAt = failAt;
    this.calls = [];
  }

  /** Counts calls without failing any. */
  count(): void {
    this.arm(Number.MAX_SAFE_INTEGER);
  }

  disarm(): string[] {
    this.failAt = 0;
    return this.calls;
  }

  uninstall(): void {
    this.restore.forEach((undo) => undo());
  }
}

/**
 * The adapter's async methods: the port's calls (abstract methods leave nothing on the port's
 * prototype to read); its one synchronous helper, a row mapper, is not a call to the store.
 */
function asyncMethods(port: object): string[] {
  const names = new Set<string>();
  for (let proto = Object.getPrototypeOf(port); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const value = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
      if (typeof value === 'function' && value.constructor.name === 'AsyncFunction') names.add(name);
    }
  }
  return [...names];
}

/** Every row of every table, in a stable order: what "nothing of it remains" compares. */
export async function storeSnapshot(t: TestApp): Promise<Record<string, unknown[]>> {
  const dataSource = t.app.get(DataSource);
  const snapshot: Record<string, unknown[]> = {};
  for (const metadata of dataSource.entityMetadatas) {
    const table = metadata.tablePath;
    const order = metadata.primaryColumns.map((column) => dataSource.driver.escape(column.databaseName)).join(', ');
    const rows = (await dataSource.query(`SELECT * FROM ${dataSource.driver.escape(table)} ORDER BY ${order}`)) as Record<string, unknown>[];
    snapshot[table] = rows.map((row) => JSON.parse(JSON.stringify(row)) as unknown);
  }
  return snapshot;
}
