export interface LoginTicket {
  id: number;
  accountId: number;
  secretHash: string;
  /** The account's session epoch when issued: a ticket ends with the sessions (password change, reset, deletion). */
  sessionEpoch: number;
  createdAt: Date;
  expiresAt: Date;
  consumedAt: Date | null;
}

export abstract class LoginTicketRepository {
  abstract insert(ticket: Omit<LoginTicket, 'id' | 'consumedAt'>): Promise<LoginTicket>;
  abstract findBySecretHash(secretHash: string): Promise<LoginTicket | null>;
  abstract consume(id: number, at: Date): Promise<boolean>;
}
