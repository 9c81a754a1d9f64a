import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from './transformers';

@Entity({ name: 'oauth_clients' })
export class OAuthClientEntity {
  @Column({ type: 'bigint', primary: true, generated: 'increment', transformer: bigintNumber })
  id: number;

  @Column({ name: 'client_id', type: 'varchar', length: 64 })
  clientId: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

@Entity({ name: 'stored_files' })
export class StoredFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'bigint', nullable: true, transformer: bigintNumber })
  accountId: number | null;

  @Column({ name: 'original_name', type: 'varchar', length: 255 })
  originalName: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ name: 'mime_type', type: 'varchar', length: 64 })
  mimeType: string;

  @Column({ type: 'varchar', length: 8 })
  suffix: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @Column({ type: 'bigint', primary: true, generated: 'increment', transformer: bigintNumber })
  id: number;

  @Column({ name: 'account_id', type: 'bigint', nullable: true, transformer: bigintNumber })
  accountId: number | null;

  @Column({ type: 'varchar', length: 48 })
  type: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
