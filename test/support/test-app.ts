import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AdjustableClock, Clock } from '@app/accounts';
import { AppModule } from '../../apps/server/src/app.module';
import { configureApp, createHttpAdapter, NEST_APP_OPTIONS } from '../../apps/server/src/app.factory';
import { AppConfig, loadAppConfig } from '../../apps/server/src/config/app-config';

/** Which database the suites run on: TEST_MYSQL_URL (server URL, no database) switches to MySQL/MariaDB. */
export const MYSQL_SERVER_URL = process.env.TEST_MYSQL_URL;
export const DIALECT = MYSQL_SERVER_URL ? 'mysql' : 'sqlite';

export interface OutboxMessage {
  channel: 'sms' | 'email';
  to: string;
  code: string;
  purpose: string;
  text: string;
  at: string;
}

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  clock: AdjustableClock;
  config: AppConfig;
  dataDir: string;
  databaseUrl?: string;
  /** Messages the outbox driver wrote, oldest first. */
  outbox(): OutboxMessage[];
  /** The newest code sent to `to` (E.164 phone or email). */
  lastCode(to: string): string;
  close(): Promise<void>;
}

/** Settings that keep tests about behaviour, not about the shared loopback IP's limits. */
const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '100000',
  CODE_SENDS_PER_IP_PER_HOUR: '100000',
  LOGIN_MAX_FAILURES_PER_IP: '100000',
  // Hashes on a test machine shared with other jobs run slower than the deadline assumes; suites that test it set it.
  PASSWORD_HASH_QUEUE_WAIT_MS: '60000',
};

/** A fresh database for one suite: a new MySQL schema, or a new SQLite file. */
async function freshDatabase(): Promise<{ url?: string; drop: () => Promise<void> }> {
  if (!MYSQL_SERVER_URL) return { drop: () => Promise.resolve() };
  const name = `accounts_test_${randomBytes(6).toString('hex')}`;
  const server = await createConnection(MYSQL_SERVER_URL);
  await server.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await server.end();
  const url = `${MYSQL_SERVER_URL.replace(/\/$/, '')}/${name}`;
  return {
    url,
    drop: async () => {
      const connection = await createConnection(MYSQL_SERVER_URL);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}

export async function createTestApp(env: Record<string, string | undefined> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'accounts-test-'));
  const database = await freshDatabase();
  const clock = new AdjustableClock();
  let app: INestApplication;
  let config: AppConfig;
  try {
    config = loadAppConfig({
      ...TEST_ENV,
      DATA_DIR: dataDir,
      PUBLIC_URL: 'http://accounts.test',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
      ...env,
    } as NodeJS.ProcessEnv);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = moduleRef.createNestApplication(createHttpAdapter(config), NEST_APP_OPTIONS);
    await configureApp(app, config);
    await app.init();
    await (app as NestFastifyApplication).getHttpAdapter().getInstance().ready();
  } catch (error) {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const outboxFile = config.accounts.delivery.outboxFile;
  const outbox = (): OutboxMessage[] => {
    try {
      return readFileSync(outboxFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as OutboxMessage);
    } catch {
      return [];
    }
  };
  return {
    app,
    http: request(app.getHttpServer()),
    clock,
    config,
    dataDir,
    databaseUrl: database.url,
    outbox,
    lastCode: (to: string) => {
      const message = outbox().reverse().find((entry) => entry.to === to);
      if (!message) throw new Error(`no code was sent to ${to}`);
      return message.code;
    },
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Chinese mobile numbers unique within a test process: 138 xxxx xxxx. */
let phoneCounter = Math.floor(Math.random() * 80_000_000);
export function uniquePhone(): string {
  phoneCounter += 1;
  return `138${String(10_000_000 + (phoneCounter % 89_999_999)).padStart(8, '0')}`;
}

let nameCounter = 0;
export function uniqueName(prefix = 'user'): string {
  nameCounter += 1;
  return `${prefix}${Date.now().toString(36)}${nameCounter}`;
}
