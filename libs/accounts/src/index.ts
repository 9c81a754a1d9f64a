// The only import path surfaces use: @app/accounts.
export * from './accounts.config';
export * from './accounts.module';
export { REDIS_CONNECTION } from './accounts.providers';

export * from './domain/account';
export * from './domain/account-rules';
export * from './domain/accounts-error';
export * from './domain/audience-policy';
export * from './domain/audit-event';
export * from './domain/identifiers';
export * from './domain/oauth-client';
export * from './domain/password-policy';
export * from './domain/phone';
export * from './domain/session';
export * from './domain/stored-file';
export * from './domain/verification-code';
export * from './domain/wechat-identity';

export { AdjustableClock, SystemClock } from './clock/system-clock';
export { Clock } from './ports/clock';
export { CounterStore } from './ports/counter-store';
export { AuditLog } from './ports/audit-log';
export { AccountRepository } from './ports/account.repository';
export { SessionRepository } from './ports/session.repository';
export { AccountsCrypto } from './security/accounts-crypto';
export { commonPasswordCount } from './security/common-passwords';
export { MissingKeyMaterialError } from './security/key-material';
export { OWASP_ARGON2 } from './security/password-hasher';
export { dataSourceOptions } from './persistence/data-source-options';
export { runMigrations } from './persistence/migration-runner';

export { AccessTokens } from './services/access-tokens';
export { LoginTickets } from './services/login-tickets';
export { IssuedSession, SessionOptions } from './services/session-issuer';
export { AuthContext, TokenAuthenticator } from './services/token-authenticator';

export * from './use-cases/admin.use-cases';
export * from './use-cases/change-contact.use-cases';
export * from './use-cases/change-password.use-case';
export * from './use-cases/delete-account.use-case';
export * from './use-cases/link-wechat-account.use-case';
export * from './use-cases/oauth-clients.use-cases';
export * from './use-cases/open-session.use-case';
export * from './use-cases/profile.use-cases';
export * from './use-cases/refresh-session.use-case';
export * from './use-cases/register-account.use-case';
export * from './use-cases/renew-access-token.use-case';
export * from './use-cases/reset-password.use-case';
export * from './use-cases/send-verification-code.use-case';
export * from './use-cases/sessions.use-cases';
export * from './use-cases/sign-in-with-code.use-case';
export * from './use-cases/sign-in-with-password.use-case';
export * from './use-cases/sign-in-with-side-tokens.use-case';
export * from './use-cases/sign-in-with-wechat.use-case';
