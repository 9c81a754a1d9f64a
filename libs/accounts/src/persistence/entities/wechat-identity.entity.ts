import { Column, Entity } from 'typeorm';
import { bigintNumber } from './transformers';

@Entity({ name: 'wechat_identities' })
export class WeChatIdentityEntity {
  @Column({ type: 'bigint', primary: true, generated: 'increment', transformer: bigintNumber })
  id: number;

  @Column({ name: 'account_id', type: 'bigint', transformer: bigintNumber })
  accountId: number;

  @Column({ name: 'app_id', type: 'varchar', length: 64 })
  appId: string;

  @Column({ type: 'varchar', length: 128 })
  openid: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  unionid: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  nickname: string | null;

  @Column({ name: 'avatar_url', type: 'varchar', length: 1024, nullable: true })
  avatarUrl: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  province: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  language: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
