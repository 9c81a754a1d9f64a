import { openTemporarySqlite, TemporarySqlite } from '../../testing/temporary-sqlite';
import { runMigrations } from '../migration-runner';

/** Rows written before contact proofs existed get the proofs the migration promises. */
describe('migration ContactProofs1764000000000', () => {
  let store: TemporarySqlite;
  beforeEach(async () => {
    store = await openTemporarySqlite();
    // Back to the schema before this migration: the later ones are undone first.
    for (let undone = ''; undone !== 'ContactProofs1764000000000'; ) {
      const [last] = (await store.dataSource.query('SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1')) as { name: string }[];
      await store.dataSource.undoLastMigration({ transaction: 'each' });
      undone = last.name;
    }
  });
  afterEach(() => store.close());

  async function insertOldAccount(id: number, email: string | null, emailVerified: boolean, phone: string | null): Promise<void> {
    await store.dataSource.query(
      `INSERT INTO accounts (id, uuid, account_number, email, email_verified, phone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000')`,
      [id, `00000000-0000-4000-8000-00000000000${id}`, `2611010000000${id}`, email, emailVerified ? 1 : 0, phone],
    );
  }

  it('proves a verified email and a phone a code was used for; asserts every other contact', async () => {
    await insertOldAccount(1, 'seen@example.com', true, '+8613800000001');
    await insertOldAccount(2, 'unseen@example.com', false, '+8613800000002');
    await insertOldAccount(3, null, false, null);
    await store.dataSource.query(
      `INSERT INTO verification_codes (channel, target, scope, purpose, code_hash, attempts, created_at, expires_at, consumed_at)
       VALUES ('sms', '+8613800000001', 'vcode', 'any', 'x', 0, '2026-11-01 00:00:00.000', '2026-11-01 00:10:00.000', '2026-11-01 00:01:00.000'),
              ('sms', '+8613800000002', 'vcode', 'any', 'y', 0, '2026-11-01 00:00:00.000', '2026-11-01 00:10:00.000', NULL)`,
    );
    await runMigrations(store.dataSource);
    const rows = (await store.dataSource.query('SELECT id, email_proof, phone_proof FROM accounts ORDER BY id')) as unknown[];
    expect(rows).toEqual([
      { id: 1, email_proof: 'proven', phone_proof: 'proven' },
      { id: 2, email_proof: 'asserted', phone_proof: 'asserted' },
      { id: 3, email_proof: null, phone_proof: null },
    ]);
    const columns = (await store.dataSource.query('PRAGMA table_info(accounts)')) as { name: string }[];
    expect(columns.map((column) => column.name)).not.toContain('email_verified');
  });
});
