import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

/**
 * The whole schema, written once for SQLite and MySQL/MariaDB through TypeORM's
 * Table API. Uniqueness keys get a binary collation on MySQL so that only the
 * normalization done in the core decides what is "the same" (as on SQLite).
 */
export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type !== 'better-sqlite3';
    const c = columns(mysql);

    await queryRunner.createTable(
      new Table({
        name: 'accounts',
        columns: [
          c.id(),
          c.string('uuid', 36),
          c.string('account_number', 14),
          c.string('username', 64, true),
          c.key('username_key', 64),
          c.key('email', 255),
          c.bool('email_verified'),
          c.key('phone', 20),
          c.string('password_hash', 255, true),
          c.string('nickname', 255, true),
          c.string('avatar_url', 1024, true),
          c.string('avatar_file_id', 36, true),
          { name: 'sex', type: 'smallint', default: 0 },
          c.string('birthday', 32, true),
          c.string('address', 255, true),
          c.string('position', 255, true),
          c.string('company', 255, true),
          c.string('department', 255, true),
          c.string('internal_phone', 32, true),
          c.string('description', 1000, true),
          c.string('website', 255, true),
          c.string('location', 255, true),
          { ...c.string('role', 16), default: "'user'" },
          { ...c.string('status', 16), default: "'normal'" },
          c.int('session_epoch'),
          c.int('failed_logins'),
          c.time('locked_until', true),
          c.time('last_login_at', true),
          c.string('last_login_ip', 64, true),
          c.string('last_login_device', 255, true),
          c.time('created_at'),
          c.time('updated_at'),
          c.time('deleted_at', true),
        ],
        indices: [
          unique('accounts', 'uuid'),
          unique('accounts', 'account_number'),
          unique('accounts', 'username_key'),
          unique('accounts', 'email'),
          unique('accounts', 'phone'),
          index('accounts', 'created_at'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { ...c.string('id', 36), isPrimary: true },
          c.ref('account_id'),
          c.string('audience', 16),
          c.string('terminal', 32, true),
          c.string('user_agent', 512, true),
          c.string('ip', 64, true),
          c.int('epoch'),
          c.string('wechat_openid', 128, true),
          c.string('client_id', 64, true),
          c.time('created_at'),
          c.time('last_seen_at'),
          c.time('expires_at'),
          c.time('revoked_at', true),
          c.string('revoked_reason', 32, true),
        ],
        indices: [index('sessions', 'account_id', 'audience')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'session_tokens',
        columns: [
          c.id(),
          c.string('session_id', 36),
          c.string('kind', 16),
          c.key('token_hash', 64, false),
          c.time('created_at'),
          c.time('expires_at'),
          c.time('consumed_at', true),
        ],
        indices: [unique('session_tokens', 'token_hash'), index('session_tokens', 'session_id')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'verification_codes',
        columns: [
          c.id(),
          c.string('channel', 8),
          c.key('target', 255, false),
          c.string('scope', 16),
          c.string('purpose', 32),
          c.string('code_hash', 64),
          c.int('attempts'),
          c.time('created_at'),
          c.time('expires_at'),
          c.time('consumed_at', true),
        ],
        indices: [
          index('verification_codes', 'target', 'scope', 'created_at'),
          index('verification_codes', 'channel', 'created_at'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'login_tickets',
        columns: [
          c.id(),
          c.ref('account_id'),
          c.key('secret_hash', 64, false),
          c.time('created_at'),
          c.time('expires_at'),
          c.time('consumed_at', true),
        ],
        indices: [unique('login_tickets', 'secret_hash')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'wechat_identities',
        columns: [
          c.id(),
          c.ref('account_id'),
          c.key('app_id', 64, false),
          c.key('openid', 128, false),
          c.string('unionid', 128, true),
          c.string('nickname', 255, true),
          c.string('avatar_url', 1024, true),
          c.string('country', 64, true),
          c.string('province', 64, true),
          c.string('city', 64, true),
          c.string('language', 32, true),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        indices: [unique('wechat_identities', 'app_id', 'openid'), index('wechat_identities', 'account_id')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'oauth_clients',
        columns: [c.id(), c.key('client_id', 64, false), c.string('secret_hash', 64), c.string('name', 255), c.time('created_at')],
        indices: [unique('oauth_clients', 'client_id')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'stored_files',
        columns: [
          { ...c.string('id', 36), isPrimary: true },
          { ...c.ref('account_id'), isNullable: true },
          c.string('original_name', 255),
          c.int('size'),
          c.string('mime_type', 64),
          c.string('suffix', 8),
          c.time('created_at'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          c.id(),
          { ...c.ref('account_id'), isNullable: true },
          c.string('type', 48),
          c.string('ip', 64, true),
          c.string('user_agent', 512, true),
          { name: 'detail', type: 'text', isNullable: true },
          c.time('created_at'),
        ],
        indices: [index('audit_events', 'account_id', 'created_at')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'stored_files',
      'oauth_clients',
      'wechat_identities',
      'login_tickets',
      'verification_codes',
      'session_tokens',
      'sessions',
      'accounts',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}

function columns(mysql: boolean) {
  const binary = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {};
  return {
    id: (): TableColumnOptions => ({
      name: 'id',
      type: mysql ? 'bigint' : 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    }),
    ref: (name: string): TableColumnOptions => ({ name, type: mysql ? 'bigint' : 'integer' }),
    string: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    }),
    /** A column compared byte for byte (unique keys, hashes, lookups). */
    key: (name: string, length: number, nullable = true): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
      ...binary,
    }),
    int: (name: string): TableColumnOptions => ({ name, type: 'int', default: 0 }),
    bool: (name: string): TableColumnOptions => ({ name, type: 'boolean', default: 0 }),
    time: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'datetime',
      precision: mysql ? 3 : undefined,
      isNullable: nullable,
    }),
  };
}

function unique(table: string, ...columnNames: string[]): TableIndex {
  return new TableIndex({ name: `UQ_${table}_${columnNames.join('_')}`, columnNames, isUnique: true });
}

function index(table: string, ...columnNames: string[]): TableIndex {
  return new TableIndex({ name: `IX_${table}_${columnNames.join('_')}`, columnNames });
}
