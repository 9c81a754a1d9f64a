import { Logger } from '@nestjs/common';
import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { USERNAME_SKELETON_MAX_LENGTH, usernameSkeleton } from '../../domain/identifiers';

const BATCH = 500;

/**
 * Usernames are also unique by their look-alike skeleton (UTS #39): a column
 * filled for the accounts there are, then a unique index on it. Where existing
 * names already look alike, the oldest account keeps the skeleton and the later
 * ones are left without (they keep their names and sign in as before; nobody can
 * take a third look-alike, which clashes with the oldest). The skeleton depends on
 * the confusables data (unhomoglyph) and Unicode normalization: a change to either
 * needs a migration like this one that fills the column again.
 */
export class UsernameSkeleton1764100000000 implements MigrationInterface {
  name = 'UsernameSkeleton1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type !== 'better-sqlite3';
    // Reloads the table: an earlier migration of the same run may have changed it by raw SQL
    // (1764000000000 drops email_verified so), and on SQLite addColumn rebuilds the table from
    // the query runner's cached copy.
    await queryRunner.getTable('accounts');
    await queryRunner.addColumn(
      'accounts',
      new TableColumn({
        name: 'username_skeleton',
        type: 'varchar',
        length: String(USERNAME_SKELETON_MAX_LENGTH),
        isNullable: true,
        // Compared byte for byte, as the other unique keys: only the core's normalization decides.
        ...(mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {}),
      }),
    );

    const taken = new Set<string>();
    let withoutSkeleton = 0;
    for (let lastId = 0; ; ) {
      const rows = (await queryRunner.query('SELECT id, username FROM accounts WHERE username IS NOT NULL AND id > ? ORDER BY id LIMIT ?', [
        lastId,
        BATCH,
      ])) as { id: number | string; username: string }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const skeleton = usernameSkeleton(row.username);
        if (taken.has(skeleton) || [...skeleton].length > USERNAME_SKELETON_MAX_LENGTH) {
          withoutSkeleton += 1;
          continue;
        }
        taken.add(skeleton);
        await queryRunner.query('UPDATE accounts SET username_skeleton = ? WHERE id = ?', [skeleton, row.id]);
      }
      lastId = Number(rows[rows.length - 1].id);
    }
    if (withoutSkeleton > 0) {
      // A count only: the names are personal data.
      new Logger('Migrations').warn(`${withoutSkeleton} usernames look like an older account's and keep no skeleton`);
    }

    await queryRunner.createIndex(
      'accounts',
      new TableIndex({ name: 'UQ_accounts_username_skeleton', columnNames: ['username_skeleton'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('accounts', 'UQ_accounts_username_skeleton');
    await queryRunner.dropColumn('accounts', 'username_skeleton');
  }
}
