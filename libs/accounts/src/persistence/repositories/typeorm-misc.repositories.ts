import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { joined } from '../unit-of-work/transaction-context';
import { Repository } from 'typeorm';
import { AuditEvent } from '../../domain/audit-event';
import { OAuthClient } from '../../domain/oauth-client';
import { StoredFile } from '../../domain/stored-file';
import { WeChatIdentity, WeChatProfile } from '../../domain/wechat-identity';
import { AuditLog } from '../../ports/audit-log';
import { Clock } from '../../ports/clock';
import { OAuthClientRepository } from '../../ports/oauth-client.repository';
import { StoredFileRepository } from '../../ports/stored-file.repository';
import { WeChatIdentityRepository } from '../../ports/wechat-identity.repository';
import { AuditEventEntity, OAuthClientEntity, StoredFileEntity, WeChatIdentityEntity } from '../entities';
import { toAuditEvent, toOAuthClient, toStoredFile, toWeChatIdentity } from '../mappers';

@Injectable()
export class TypeOrmWeChatIdentityRepository extends WeChatIdentityRepository {
  constructor(
    @InjectRepository(WeChatIdentityEntity) private readonly storedRows: Repository<WeChatIdentityEntity>,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** Inside a unit of work, its transaction's view. */
  private get rows(): Repository<WeChatIdentityEntity> {
    return joined(this.storedRows);
  }

  async findByOpenid(appId: string, openid: string): Promise<WeChatIdentity | null> {
    const row = await this.rows.findOneBy({ appId, openid });
    return row ? toWeChatIdentity(row) : null;
  }

  async findByAccountId(accountId: number): Promise<WeChatIdentity | null> {
    const row = await this.rows.findOne({ where: { accountId }, order: { id: 'DESC' } });
    return row ? toWeChatIdentity(row) : null;
  }

  async insert(identity: Omit<WeChatIdentity, 'id' | 'createdAt' | 'updatedAt'>): Promise<WeChatIdentity> {
    const now = this.clock.now();
    const row = this.rows.create({ ...identity, createdAt: now, updatedAt: now });
    await this.rows.insert(row);
    return toWeChatIdentity(row);
  }

  async updateProfile(id: number, profile: Partial<WeChatProfile> & { unionid?: string | null }): Promise<void> {
    await this.rows.update({ id }, { ...profile, updatedAt: this.clock.now() });
  }

  async relink(id: number, accountId: number): Promise<void> {
    await this.rows.update({ id }, { accountId, updatedAt: this.clock.now() });
  }

  async removeForAccount(accountId: number): Promise<void> {
    await this.rows.delete({ accountId });
  }
}

@Injectable()
export class TypeOrmOAuthClientRepository extends OAuthClientRepository {
  constructor(
    @InjectRepository(OAuthClientEntity) private readonly storedRows: Repository<OAuthClientEntity>,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** Inside a unit of work, its transaction's view. */
  private get rows(): Repository<OAuthClientEntity> {
    return joined(this.storedRows);
  }

  async insert(client: Omit<OAuthClient, 'id' | 'createdAt'>): Promise<OAuthClient> {
    const row = this.rows.create({ ...client, createdAt: this.clock.now() });
    await this.rows.insert(row);
    return toOAuthClient(row);
  }

  async findById(id: number): Promise<OAuthClient | null> {
    const row = await this.rows.findOneBy({ id });
    return row ? toOAuthClient(row) : null;
  }

  async findByClientId(clientId: string): Promise<OAuthClient | null> {
    const row = await this.rows.findOneBy({ clientId });
    return row ? toOAuthClient(row) : null;
  }

  async list(): Promise<OAuthClient[]> {
    return (await this.rows.find({ order: { id: 'ASC' } })).map(toOAuthClient);
  }

  async remove(id: number): Promise<boolean> {
    const result = await this.rows.delete({ id });
    return (result.affected ?? 0) > 0;
  }
}

@Injectable()
export class TypeOrmStoredFileRepository extends StoredFileRepository {
  constructor(@InjectRepository(StoredFileEntity) private readonly storedRows: Repository<StoredFileEntity>) {
    super();
  }

  /** Inside a unit of work, its transaction's view. */
  private get rows(): Repository<StoredFileEntity> {
    return joined(this.storedRows);
  }

  async insert(file: StoredFile): Promise<void> {
    await this.rows.insert(this.rows.create(file));
  }

  async findById(id: string): Promise<StoredFile | null> {
    const row = await this.rows.findOneBy({ id });
    return row ? toStoredFile(row) : null;
  }

  async listForAccount(accountId: number): Promise<StoredFile[]> {
    const rows = await this.rows.find({ where: { accountId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toStoredFile);
  }

  async remove(id: string): Promise<void> {
    await this.rows.delete({ id });
  }
}

@Injectable()
export class TypeOrmAuditLog extends AuditLog {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly storedRows: Repository<AuditEventEntity>,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** Inside a unit of work, its transaction's view. */
  private get rows(): Repository<AuditEventEntity> {
    return joined(this.storedRows);
  }

  async record(event: Omit<AuditEvent, 'id' | 'createdAt'>): Promise<void> {
    await this.rows.insert(
      this.rows.create({
        ...event,
        ip: event.ip?.slice(0, 64) ?? null,
        userAgent: event.userAgent?.slice(0, 512) ?? null,
        detail: event.detail ? JSON.stringify(event.detail) : null,
        createdAt: this.clock.now(),
      }),
    );
  }

  async listForAccount(accountId: number, limit: number): Promise<AuditEvent[]> {
    const rows = await this.rows.find({ where: { accountId }, order: { id: 'DESC' }, take: limit });
    return rows.map(toAuditEvent);
  }
}
