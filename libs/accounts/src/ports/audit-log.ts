import { AuditEvent } from '../domain/audit-event';

export abstract class AuditLog {
  abstract record(event: Omit<AuditEvent, 'id' | 'createdAt'>): Promise<void>;
  abstract listForAccount(accountId: number, limit: number): Promise<AuditEvent[]>;
}
