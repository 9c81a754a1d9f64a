import { Argon2Parameters, HashQueueOptions } from './security/password-hasher';

export interface DatabaseOptions {
  /** mysql://user:pass@host:3306/db; absent means embedded SQLite at sqlitePath. */
  url?: string;
  sqlitePath: string;
  /** Log every SQL statement (parameters are never logged). */
  logging?: boolean;
}

export interface DeliveryOptions {
  emailDriver: 'outbox' | 'smtp';
  smsDriver: 'outbox' | 'http';
  outboxFile: string;
  smtpUrl?: string;
  smtpFrom: string;
  smsHttpUrl?: string;
  smsHttpToken?: string;
  timeoutMs: number;
}

export interface LimitOptions {
  loginMaxFailures: number;
  lockoutBaseSeconds: number;
  lockoutMaxSeconds: number;
  /** Failed password sign-ins one IP may make in loginIpWindowSeconds. */
  loginMaxFailuresPerIp: number;
  loginIpWindowSeconds: number;
  smsHourlyLimit: number;
  smsDailyLimitPerPhone: number;
  codeSendsPerIpPerHour: number;
  /** Avatar uploads one account may attempt per hour, in all contracts together. */
  avatarUploadsPerHour: number;
}

export interface CodeOptions {
  ttlSeconds: number;
  resendSeconds: number;
  maxAttempts: number;
}

/** Everything the core needs, built once from the environment by the app. */
export interface AccountsConfig {
  production: boolean;
  dataDir: string;
  /** Base URL clients reach the service at; file URLs and the token issuer derive from it. */
  publicUrl: string;
  database: DatabaseOptions;
  argon2: Argon2Parameters;
  /** Password hashes waiting for a hashing slot: how many, how long; past either the sign-in is answered RateLimited. */
  hashQueue: HashQueueOptions;
  limits: LimitOptions;
  codes: CodeOptions;
  delivery: DeliveryOptions;
  keys: { jwtPrivateKeyPem?: string; wordInfoPrivateKeyPem?: string; tokenHashSecret?: string };
  wechat: { apiBase: string; appId?: string; appSecret?: string; timeoutMs: number };
  gitea: { url?: string; adminToken?: string; timeoutMs: number };
  redisUrl?: string;
  /** Prefix of every Redis key, so several services (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  /** v2 registration with a phone needs an SMS code; with an email, an email code. */
  v2RequireCode: { phone: boolean; email: boolean };
  /** ISO 3166-1 alpha-2 regions a new phone may be in (code sends, registration, phone changes): SMS_ALLOWED_REGIONS. */
  smsAllowedRegions: string[];
}

export const ACCOUNTS_CONFIG = Symbol('ACCOUNTS_CONFIG');
