import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Sessions count refresh-token rotations, so a rotation retires the access tokens issued before it. */
export class SessionTokenGeneration1763800000000 implements MigrationInterface {
  name = 'SessionTokenGeneration1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('sessions', new TableColumn({ name: 'token_generation', type: 'int', default: 0 }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('sessions', 'token_generation');
  }
}
