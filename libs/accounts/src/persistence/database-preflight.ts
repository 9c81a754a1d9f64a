import { DatabaseOptions } from '../accounts.config';

/** The database cannot be used at start: one line naming DATABASE_URL's problem and what to do. */
export class DatabaseStartError extends Error {
  constructor(problem: string) {
    super(`DATABASE_URL: ${problem}`);
    this.name = 'DatabaseStartError';
  }
}

interface Target {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

type DriverError = Error & { code?: string; errno?: number };

/** Errors worth a second try: the server may be starting. */
const TRANSIENT = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN', 'ER_CON_COUNT_ERROR']);
const ATTEMPTS = 3;
const RETRY_DELAY_MS = 1000;

function targetOf(url: string): Target {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ''),
  };
}

const createStatement = (database: string) => `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;

/** What went wrong and what to do, in one line; the password never appears. */
function describe(error: DriverError, target: Target): string {
  const at = `${target.host}:${target.port}`;
  switch (error.code) {
    case 'ECONNREFUSED':
      return `nothing accepts connections at ${at}; start MySQL/MariaDB there or correct the host and port`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host ${target.host} is not known; correct the host name`;
    case 'ETIMEDOUT':
      return `${at} did not answer in time; check that MySQL/MariaDB runs there and that no firewall drops the connection`;
    case 'ER_ACCESS_DENIED_ERROR':
    case 'ER_ACCESS_DENIED_NO_PASSWORD_ERROR':
    case 'ER_NOT_SUPPORTED_AUTH_MODE':
      return `${at} refused user "${target.user}" (access denied); check the user name and password in the URL`;
    case 'ER_DBACCESS_DENIED_ERROR':
      return `user "${target.user}" may not use database "${target.database}" at ${at}; GRANT ALL ON \`${target.database}\`.* TO that user`;
    case 'ER_BAD_DB_ERROR':
      return `database "${target.database}" does not exist at ${at}; create it (${createStatement(target.database)}) or correct its name`;
    default:
      return `${at} could not be used (${error.code ?? error.message}); check that it is a MySQL/MariaDB server and the URL is right`;
  }
}

async function connect(target: Target, withDatabase: boolean) {
  const { createConnection } = await import('mysql2/promise');
  return createConnection({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: withDatabase ? target.database : undefined,
    connectTimeout: 2000,
  });
}

/**
 * Checks once, before the service builds its connection pool, that the MySQL
 * database can be used, so that a wrong URL is one line instead of the
 * driver's stack traces. With `mayCreate` (outside production) a database that
 * does not exist is created when the user may; in production it must exist, so
 * that a misspelt name never starts an empty service. SQLite needs no check.
 * Answers what it created, for the log.
 */
export async function prepareDatabase(options: DatabaseOptions, { mayCreate }: { mayCreate: boolean }): Promise<{ created?: string }> {
  if (!options.url) return {};
  const target = targetOf(options.url);
  for (let attempt = 1; ; attempt++) {
    try {
      const connection = await connect(target, true);
      await connection.end();
      return {};
    } catch (caught) {
      const error = caught as DriverError;
      if (error.code === 'ER_BAD_DB_ERROR' && mayCreate) return createDatabase(target, error);
      if (!TRANSIENT.has(error.code ?? '') || attempt >= ATTEMPTS) throw new DatabaseStartError(describe(error, target));
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

/** Answers what was created, for the log. */
async function createDatabase(target: Target, missing: DriverError): Promise<{ created: string }> {
  try {
    const connection = await connect(target, false);
    try {
      await connection.query(createStatement(target.database));
    } finally {
      await connection.end();
    }
  } catch {
    // The user may not create databases: say what the original problem was.
    throw new DatabaseStartError(describe(missing, target));
  }
  return { created: `database "${target.database}" at ${target.host}:${target.port} (utf8mb4)` };
}
