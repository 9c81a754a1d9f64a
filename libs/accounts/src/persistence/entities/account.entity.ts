import { Column, Entity } from 'typeorm';
import { bigintNumber } from './transformers';

@Entity({ name: 'accounts' })
export class AccountEntity {
  @Column({ type: 'bigint', primary: true, generated: 'increment', transformer: bigintNumber })
  id: number;

  @Column({ type: 'varchar', length: 36 })
  uuid: string;

  @Column({ name: 'account_number', type: 'varchar', length: 14 })
  accountNumber: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;

  @Column({ name: 'username_key', type: 'varchar', length: 64, nullable: true })
  usernameKey: string | null;

  /** usernameSkeleton(username): unique, so that look-alike names cannot both exist. */
  @Column({ name: 'username_skeleton', type: 'varchar', length: 255, nullable: true })
  usernameSkeleton: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  email: string | null;

  @Column({ name: 'email_proof', type: 'varchar', length: 12, nullable: true })
  emailProof: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ name: 'phone_proof', type: 'varchar', length: 12, nullable: true })
  phoneProof: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  nickname: string | null;

  @Column({ name: 'avatar_url', type: 'varchar', length: 1024, nullable: true })
  avatarUrl: string | null;

  @Column({ name: 'avatar_file_id', type: 'varchar', length: 36, nullable: true })
  avatarFileId: string | null;

  @Column({ type: 'smallint', default: 0 })
  sex: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  birthday: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  position: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  company: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  department: string | null;

  @Column({ name: 'internal_phone', type: 'varchar', length: 32, nullable: true })
  internalPhone: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 16, default: 'user' })
  role: string;

  @Column({ type: 'varchar', length: 16, default: 'normal' })
  status: string;

  @Column({ name: 'session_epoch', type: 'int', default: 0 })
  sessionEpoch: number;

  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'datetime', precision: 3, nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_login_at', type: 'datetime', precision: 3, nullable: true })
  lastLoginAt: Date | null;

  @Column({ name: 'last_login_ip', type: 'varchar', length: 64, nullable: true })
  lastLoginIp: string | null;

  @Column({ name: 'last_login_device', type: 'varchar', length: 255, nullable: true })
  lastLoginDevice: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'deleted_at', type: 'datetime', precision: 3, nullable: true })
  deletedAt: Date | null;
}
