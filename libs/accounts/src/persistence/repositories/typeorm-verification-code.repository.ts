import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { joined } from '../unit-of-work/transaction-context';
import { FindOptionsWhere, IsNull, MoreThanOrEqual, Repository } from 'typeorm';
import { Audience } from '../../domain/session';
import { CodeChannel, CodePurpose, VerificationCode } from '../../domain/verification-code';
import { LoginTicket, LoginTicketRepository } from '../../ports/login-ticket.repository';
import { VerificationCodeRepository } from '../../ports/verification-code.repository';
import { LoginTicketEntity, VerificationCodeEntity } from '../entities';
import { toLoginTicket, toVerificationCode } from '../mappers';

@Injectable()
export class TypeOrmVerificationCodeRepository extends VerificationCodeRepository {
  constructor(@InjectRepository(VerificationCodeEntity) private readonly storedRows: Repository<VerificationCodeEntity>) {
    super();
  }

  /** Inside a unit of work, its transaction's view. */
  private get rows(): Repository<VerificationCodeEntity> {
    return joined(this.storedRows);
  }

  async insert(code: Omit<VerificationCode, 'id' | 'attempts' | 'consumedAt'>): Promise<VerificationCode> {
    const row = this.rows.create({ ...code, attempts: 0, consumedAt: null });
    await this.rows.insert(row);
    return toVerificationCode(row);
  }

  async findLatest(query: {
    channel: CodeChannel;
    target: string;
    scope: Audience;
    purpose?: CodePurpose;
  }): Promise<VerificationCode | null> {
    const where: FindOptionsWhere<VerificationCodeEntity> = {
      channel: query.channel,
      target: query.target,
      scope: query.scope,
    };
    if (query.purpose) where.purpose = query.purpose;
    const row = await this.rows.findOne({ where, order: { id: 'DESC' } });
    return row ? toVerificationCode(row) : null;
  }

  async findLatestToTarget(channel: CodeChannel, target: string): Promise<VerificationCode | null> {
    const row = await this.rows.findOne({ where: { channel, target }, order: { id: 'DESC' } });
    return row ? toVerificationCode(row) : null;
  }

  async addAttempt(id: number): Promise<number> {
    await this.rows.update({ id }, { attempts: () => 'attempts + 1' });
    const row = await this.rows.findOne({ where: { id }, select: { id: true, attempts: true } });
    return row?.attempts ?? 0;
  }

  async consume(id: number, at: Date): Promise<boolean> {
    const result = await this.rows.update({ id, consumedAt: IsNull() }, { consumedAt: at });
    return (result.affected ?? 0) > 0;
  }

  async remove(id: number): Promise<void> {
    await this.rows.delete({ id });
  }

  async countSince(channel: CodeChannel, since: Date, target?: string): Promise<number> {
    return this.rows.countBy({ channel, createdAt: MoreThanOrEqual(since), ...(target ? { target } : {}) });
  }
}

@Injectable()
export class TypeOrmLoginTicketRepository extends LoginTicketRepository {
  constructor(@InjectRepository(LoginTicketEntity) private readonly storedRows: Repository<LoginTicketEntity>) {
    super();
  }

  /** Inside a unit of work, its transaction's view. */
  private get rows(): Repository<LoginTicketEntity> {
    return joined(this.storedRows);
  }

  async insert(ticket: Omit<LoginTicket, 'id' | 'consumedAt'>): Promise<LoginTicket> {
    const row = this.rows.create({ ...ticket, consumedAt: null });
    await this.rows.insert(row);
    return toLoginTicket(row);
  }

  async findBySecretHash(secretHash: string): Promise<LoginTicket | null> {
    const row = await this.rows.findOneBy({ secretHash });
    return row ? toLoginTicket(row) : null;
  }

  async consume(id: number, at: Date): Promise<boolean> {
    const result = await this.rows.update({ id, consumedAt: IsNull() }, { consumedAt: at });
    return (result.affected ?? 0) > 0;
  }
}
