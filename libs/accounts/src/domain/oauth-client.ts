import { Account } from './account';
import { assertAdmin } from './account-rules';

export interface OAuthClient {
  id: number;
  clientId: string;
  secretHash: string;
  name: string;
  createdAt: Date;
}

/** What a client presents at the token endpoint to prove itself (RFC 6749 §2.3.1). */
export interface OAuthClientCredentials {
  clientId: string;
  clientSecret: string;
}

/** The hashing purpose of client secrets. */
export const OAUTH_CLIENT_SECRET_PURPOSE = 'oauth-client-secret';

/** Who manages OAuth clients: an administrator's account, or the operator at the console (CLI). */
export const CONSOLE_OPERATOR = Symbol('console operator');
export type ClientManager = Account | typeof CONSOLE_OPERATOR;

export function assertClientManager(actor: ClientManager): void {
  if (actor !== CONSOLE_OPERATOR) assertAdmin(actor);
}
