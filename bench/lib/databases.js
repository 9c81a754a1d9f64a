'use strict';
// The two stores the bench runs on: embedded SQLite in a fresh data directory,
// and a fresh database on the MariaDB server (created here, dropped after).
const { spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const MARIADB_SERVER = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/** A missing prerequisite: its message says what to do, no stack needed. */
class BenchSetupError extends Error {}

function freshDataDir(label) {
  return mkdtempSync(join(tmpdir(), `accounts-bench-${label}-`));
}

async function sqlite() {
  const dataDir = freshDataDir('sqlite');
  return {
    name: 'SQLite',
    detail: 'embedded SQLite (WAL), fresh data directory',
    dataDir,
    databaseUrl: undefined,
    sqlitePath: join(dataDir, 'accounts.sqlite'),
    servers: [],
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * The local MariaDB the default URL names is started the way CI starts it
 * (.ci/services.sh), when it is installed and not running; a server elsewhere
 * (BENCH_MYSQL_URL) is the operator's to run.
 */
function startLocalMariaDb(server) {
  if (process.env.BENCH_MYSQL_URL || server.hostname !== '127.0.0.1') return false;
  const root = join(__dirname, '..', '..');
  process.stderr.write('MariaDB does not answer on 127.0.0.1:3306; starting it (.ci/services.sh) ...\n');
  const result = spawnSync('bash', ['-c', '. .ci/services.sh && ensure_mariadb'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  return result.status === 0;
}

async function mariadb() {
  const mysql = require('mysql2/promise');
  const server = new URL(MARIADB_SERVER);
  const connect = () =>
    mysql.createConnection({
      host: server.hostname,
      port: Number(server.port || 3306),
      user: decodeURIComponent(server.username),
      password: decodeURIComponent(server.password),
      connectTimeout: 3000,
    });
  let connection;
  try {
    connection = await connect().catch((error) => (startLocalMariaDb(server) ? connect() : Promise.reject(error)));
  } catch (error) {
    throw new BenchSetupError(
      `MariaDB is not reachable at ${server.host} (${error.code ?? error.message}). ` +
        'Start it (e.g. `service mariadb start`) or point BENCH_MYSQL_URL at a server URL without a database.',
    );
  }
  const [[{ version }]] = await connection.query('SELECT VERSION() AS version');
  const database = `accounts_bench_${process.pid}_${Date.now().toString(36)}`;
  await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  const databaseUrl = new URL(MARIADB_SERVER);
  databaseUrl.pathname = `/${database}`;
  const dataDir = freshDataDir('mariadb');
  return {
    name: 'MariaDB',
    detail: `MariaDB ${version} on ${server.host}, fresh database`,
    dataDir,
    databaseUrl: databaseUrl.toString(),
    sqlitePath: undefined,
    servers: ['mariadbd', 'mysqld'],
    dispose: async () => {
      const admin = await mysql.createConnection({
        host: server.hostname,
        port: Number(server.port || 3306),
        user: decodeURIComponent(server.username),
        password: decodeURIComponent(server.password),
      });
      await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await admin.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

module.exports = { BenchSetupError, DATABASES: { sqlite, mariadb } };
