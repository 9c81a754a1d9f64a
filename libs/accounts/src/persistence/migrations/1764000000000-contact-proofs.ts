import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Every phone and email carries whether it was proven (ContactProof), replacing
 * email_verified; login tickets carry the session epoch they were issued under.
 * Existing rows: a verified email is proven, a phone is proven when a code sent
 * to it was ever used; every other contact is "asserted" (no code sign-in or
 * reset through it until its holder proves it), the choice that lets no
 * contact of unknown origin take an account over.
 */
export class ContactProofs1764000000000 implements MigrationInterface {
  name = 'ContactProofs1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const proof = (name: string) => new TableColumn({ name, type: 'varchar', length: '12', isNullable: true });
    await queryRunner.addColumns('accounts', [proof('email_proof'), proof('phone_proof')]);
    await queryRunner.query(
      `UPDATE accounts SET email_proof = CASE WHEN email IS NULL THEN NULL WHEN email_verified = 1 THEN 'proven' ELSE 'asserted' END`,
    );
    await queryRunner.query(
      `UPDATE accounts SET phone_proof = CASE WHEN phone IS NULL THEN NULL
         WHEN EXISTS (SELECT 1 FROM verification_codes c WHERE c.channel = 'sms' AND c.target = accounts.phone AND c.consumed_at IS NOT NULL)
         THEN 'proven' ELSE 'asserted' END`,
    );
    // Through the Table API, not raw SQL: its cached table must know the column is gone (a later
    // addColumn on SQLite rebuilds the table from that cache).
    await queryRunner.dropColumn('accounts', 'email_verified');
    await queryRunner.addColumn('login_tickets', new TableColumn({ name: 'session_epoch', type: 'int', default: 0 }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('login_tickets', 'session_epoch');
    await queryRunner.addColumn('accounts', new TableColumn({ name: 'email_verified', type: 'boolean', default: false }));
    await queryRunner.query(`UPDATE accounts SET email_verified = CASE WHEN email_proof = 'proven' THEN 1 ELSE 0 END`);
    await queryRunner.dropColumns('accounts', ['email_proof', 'phone_proof']);
  }
}
