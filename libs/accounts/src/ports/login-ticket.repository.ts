export interface LoginTicket {
  id: number;
  accountId: number;
  secretHash: string;
  createdAt: Date;
  expiresAt: Date;
  consumedAt: Date | null;
}

export abstract class LoginTicketRepository {
  abstract insert(ticket: Omit<LoginTicket, 'id' | 'consumedAt'>): Promise<LoginTicket>;
  abstract findBySecretHash(secretHash: string): Promise<LoginTicket | null>;
  abstract consume(id: number, at: Date): Promise<boolean>;
}
