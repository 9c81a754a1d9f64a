import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** Replacing an avatar and deleting an account list the account's stored files. */
export class StoredFilesByAccount1763900000000 implements MigrationInterface {
  name = 'StoredFilesByAccount1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('stored_files', new TableIndex({ name: 'IX_stored_files_account_id', columnNames: ['account_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('stored_files', 'IX_stored_files_account_id');
  }
}
