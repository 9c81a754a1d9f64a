import { Account } from '../domain/account';
import { Audience, Session } from '../domain/session';

export type SessionTokenKind = 'refresh' | 'access';

export interface SessionToken {
  id: number;
  sessionId: string;
  kind: SessionTokenKind;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  consumedAt: Date | null;
}

export type NewSession = Omit<Session, 'revokedAt' | 'lastSeenAt' | 'tokenGeneration'>;

export abstract class SessionRepository {
  abstract insert(session: NewSession): Promise<Session>;
  abstract findWithAccount(id: string): Promise<{ session: Session; account: Account } | null>;
  abstract listLive(accountId: number, epoch: number, now: Date): Promise<Session[]>;
  /** Ends one session; answers false when it had already ended (the caller lost a race). */
  abstract revoke(id: string, at: Date, reason: string): Promise<boolean>;
  /** The session goes on into the account's new epoch (a password change ends only the others). */
  abstract moveToEpoch(id: string, epoch: number): Promise<void>;
  /** Ends every live session an OAuth client opened; answers how many. */
  abstract revokeForClient(clientId: string, at: Date, reason: string): Promise<number>;
  /** Records activity, at most once per `throttleSeconds`. */
  abstract touch(id: string, at: Date, throttleSeconds: number): Promise<void>;
  /** A rotation: the session lives until `expiresAt` and only tokens of `tokenGeneration` are good. */
  abstract extend(id: string, expiresAt: Date, tokenGeneration: number): Promise<void>;

  abstract insertToken(token: Omit<SessionToken, 'id' | 'consumedAt'>): Promise<SessionToken>;
  abstract findToken(tokenHash: string): Promise<SessionToken | null>;
  /** The token with its session and that session's account (a refresh needs all three). */
  abstract findTokenWithSession(tokenHash: string): Promise<{ token: SessionToken; session: Session; account: Account } | null>;
  /** Marks a token used; answers false when it was already used (reuse or a lost race). */
  abstract consumeToken(id: number, at: Date): Promise<boolean>;
  abstract findLiveSessionIdsByAudience(accountId: number, audience: Audience): Promise<string[]>;
}
