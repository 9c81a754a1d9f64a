#!/usr/bin/env node
// `npm run test:mysql`: the repository specs (`*.db-spec.ts`), end-to-end and system suites on
// MySQL/MariaDB. Each suite makes
// (and drops) its own database on the server named by TEST_MYSQL_URL
// (default mysql://root@127.0.0.1:3306). Fails when the server cannot be reached.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const mysql = require('mysql2/promise');

const url = process.env.TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306';

async function main() {
  try {
    const connection = await mysql.createConnection({ uri: url, connectTimeout: 5000 });
    const [rows] = await connection.query('SELECT VERSION() AS version');
    process.stderr.write(`MySQL server ${rows[0].version} at ${url.replace(/\/\/[^@]*@/, '//')}\n`);
    await connection.end();
  } catch (error) {
    process.stderr.write(`Cannot reach MySQL/MariaDB at ${url}: ${error.message}\n`);
    process.exit(1);
  }
  const jest = join(__dirname, '../node_modules/jest/bin/jest.js');
  const result = spawnSync(process.execPath, [jest, ...process.argv.slice(2), '--selectProjects', 'repositories', 'e2e', 'system'], {
    stdio: 'inherit',
    env: { ...process.env, TEST_MYSQL_URL: url },
  });
  process.exit(result.status ?? 1);
}

main();
