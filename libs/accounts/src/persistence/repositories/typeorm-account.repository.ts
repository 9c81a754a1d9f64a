import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { joined } from '../unit-of-work/transaction-context';
import { Brackets, FindOptionsWhere, Repository } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ContactProof } from '../../domain/contact-proof';
import { Account, AccountRole, AccountStatus, ProfilePatch } from '../../domain/account';
import { usernameKey, usernameSkeleton } from '../../domain/identifiers';
import { AccountRepository, AccountSearch, IdentityPatch, NewAccount } from '../../ports/account.repository';
import { Clock } from '../../ports/clock';
import { translateAccountClash } from '../db-errors';
import { AccountEntity } from '../entities';
import { toAccount } from '../mappers';

const ERASED_PROFILE: QueryDeepPartialEntity<AccountEntity> = {
  nickname: null,
  avatarUrl: null,
  avatarFileId: null,
  sex: 0,
  birthday: null,
  address: null,
  position: null,
  company: null,
  department: null,
  internalPhone: null,
  description: null,
  website: null,
  location: null,
  lastLoginIp: null,
  lastLoginDevice: null,
};

/** '!' escapes LIKE wildcards the same way on SQLite and MySQL (a backslash does not). */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (ch) => `!${ch}`);
}

@Injectable()
export class TypeOrmAccountRepository extends AccountRepository {
  constructor(
    @InjectRepository(AccountEntity) private readonly storedRows: Repository<AccountEntity>,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** Inside a unit of work, its transaction's view. */
  private get rows(): Repository<AccountEntity> {
    return joined(this.storedRows);
  }

  async insert(account: NewAccount): Promise<Account> {
    const now = this.clock.now();
    const row = this.rows.create({
      ...account.profile,
      uuid: account.uuid,
      accountNumber: account.accountNumber,
      username: account.username,
      usernameKey: account.username === null ? null : usernameKey(account.username),
      usernameSkeleton: account.username === null ? null : usernameSkeleton(account.username),
      email: account.email,
      emailProof: account.email === null ? null : account.emailProof,
      phone: account.phone,
      phoneProof: account.phone === null ? null : account.phoneProof,
      passwordHash: account.passwordHash,
      role: account.role,
      status: AccountStatus.Normal,
      sessionEpoch: 0,
      failedLogins: 0,
      createdAt: now,
      updatedAt: now,
    });
    try {
      // insert, not save: save wraps the write in a transaction, and on SQLite every request shares
      // one connection, so other requests' writes would land in it and vanish with its rollback.
      await this.rows.insert(row);
      for (const column of this.rows.metadata.columns) {
        if (column.getEntityValue(row) === undefined && column.isNullable) column.setEntityValue(row, null);
      }
      return toAccount(row);
    } catch (error) {
      translateAccountClash(error);
    }
  }

  async findById(id: number): Promise<Account | null> {
    return this.one({ id });
  }

  async findByUuid(uuid: string): Promise<Account | null> {
    return this.one({ uuid });
  }

  async findByUsername(username: string): Promise<Account | null> {
    return this.one({ usernameKey: usernameKey(username) });
  }

  async findUsernameHolder(username: string): Promise<Account | null> {
    const row = await this.rows.findOne({
      where: [{ usernameKey: usernameKey(username) }, { usernameSkeleton: usernameSkeleton(username) }],
      order: { id: 'ASC' },
    });
    return row ? toAccount(row) : null;
  }

  async findByEmail(email: string): Promise<Account | null> {
    return this.one({ email });
  }

  async findByPhone(phone: string): Promise<Account | null> {
    return this.one({ phone });
  }

  async search(query: AccountSearch): Promise<{ items: Account[]; total: number }> {
    const builder = this.rows
      .createQueryBuilder('a')
      .where('a.status <> :deleted', { deleted: AccountStatus.Deleted })
      .orderBy('a.id', 'ASC')
      .skip(query.offset)
      .take(query.limit);
    const text = query.search?.trim();
    if (text) {
      const pattern = `%${escapeLike(text.toLowerCase())}%`;
      builder.andWhere(
        new Brackets((where) =>
          ['a.username_key', 'a.email', 'a.phone', 'LOWER(a.nickname)'].forEach((column) =>
            where.orWhere(`${column} LIKE :pattern ESCAPE '!'`, { pattern }),
          ),
        ),
      );
    }
    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toAccount), total };
  }

  async updateProfile(id: number, patch: ProfilePatch): Promise<void> {
    await this.rows.update({ id }, { ...patch, updatedAt: this.clock.now() });
  }

  async updateIdentity(id: number, patch: IdentityPatch): Promise<void> {
    const changes: QueryDeepPartialEntity<AccountEntity> = { ...patch, updatedAt: this.clock.now() };
    if (patch.username !== undefined) {
      changes.usernameKey = patch.username === null ? null : usernameKey(patch.username);
      changes.usernameSkeleton = patch.username === null ? null : usernameSkeleton(patch.username);
    }
    try {
      await this.rows.update({ id }, changes);
    } catch (error) {
      translateAccountClash(error);
    }
  }

  async revokeCredentialsForProof(id: number, proven: { emailProof?: ContactProof; phoneProof?: ContactProof }): Promise<void> {
    await this.rows.update(
      { id },
      { ...proven, passwordHash: null, sessionEpoch: () => 'session_epoch + 1', updatedAt: this.clock.now() },
    );
  }

  async updateAdminFields(id: number, patch: { role?: AccountRole; status?: AccountStatus }): Promise<void> {
    await this.rows.update({ id }, { ...patch, updatedAt: this.clock.now() });
  }

  async updatePasswordHash(id: number, passwordHash: string, endSessions: boolean): Promise<void> {
    await this.rows.update(
      { id },
      {
        passwordHash,
        updatedAt: this.clock.now(),
        ...(endSessions ? { sessionEpoch: () => 'session_epoch + 1' } : {}),
      },
    );
  }

  async endAllSessions(id: number): Promise<void> {
    await this.rows.update({ id }, { sessionEpoch: () => 'session_epoch + 1' });
  }

  async recordSignIn(id: number, at: Date, ip: string | null, device: string | null): Promise<void> {
    await this.rows.update({ id }, { lastLoginAt: at, lastLoginIp: ip, lastLoginDevice: device });
  }

  async incrementFailedLogins(id: number): Promise<number> {
    await this.rows.update({ id }, { failedLogins: () => 'failed_logins + 1' });
    const row = await this.rows.findOne({ where: { id }, select: { id: true, failedLogins: true } });
    return row?.failedLogins ?? 0;
  }

  async lockUntil(id: number, until: Date): Promise<void> {
    await this.rows.update({ id }, { lockedUntil: until });
  }

  async resetFailedLogins(id: number): Promise<void> {
    await this.rows.update({ id }, { failedLogins: 0, lockedUntil: null });
  }

  async setAvatar(id: number, avatarUrl: string, fileId: string | null): Promise<void> {
    await this.rows.update({ id }, { avatarUrl, avatarFileId: fileId, updatedAt: this.clock.now() });
  }

  async clearAvatar(id: number): Promise<void> {
    await this.rows.update({ id }, { avatarUrl: null, avatarFileId: null, updatedAt: this.clock.now() });
  }

  async erase(id: number, at: Date): Promise<void> {
    await this.rows.update(
      { id },
      {
        ...ERASED_PROFILE,
        username: null,
        usernameKey: null,
        usernameSkeleton: null,
        email: null,
        emailProof: null,
        phone: null,
        phoneProof: null,
        passwordHash: null,
        status: AccountStatus.Deleted,
        sessionEpoch: () => 'session_epoch + 1',
        deletedAt: at,
        updatedAt: at,
      },
    );
  }

  private async one(where: FindOptionsWhere<AccountEntity>): Promise<Account | null> {
    const row = await this.rows.findOneBy(where);
    return row ? toAccount(row) : null;
  }
}
