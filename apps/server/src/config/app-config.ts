import { AccountsConfig, DEFAULT_HASH_QUEUE_WAIT_MS, defaultHashQueueLimit, OWASP_ARGON2, parsePhoneRegions } from '@app/accounts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { isAbsolute, join, resolve } from 'node:path';
import { Environment } from './environment';

export interface AppConfig {
  port: number;
  production: boolean;
  logLevel: string;
  trustProxy: boolean | number | string;
  /** BODY_LIMIT in bytes. */
  bodyLimitBytes: number;
  /** V8's heap growth past the live set before a full collection, in percent; 0 leaves V8's own. */
  heapGrowingPercent: number;
  rateLimitPerMinute: number;
  metrics: { enabled: boolean; token?: string };
  accounts: AccountsConfig;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** `64kb` or `1mb` (BODY_LIMIT's validated form) in bytes. */
function bytesOf(size: string): number {
  const match = /^(\d+)(kb|mb)$/i.exec(size);
  if (!match) throw new ConfigurationError([`BODY_LIMIT: not a size: ${size}`]);
  return Number(match[1]) * (match[2].toLowerCase() === 'mb' ? 1024 * 1024 : 1024);
}

/** Reads and checks the environment once; throws ConfigurationError listing every problem. */
export function loadAppConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = plainToInstance(Environment, { ...source }, { excludeExtraneousValues: false });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: false, stopAtFirstError: true });
  const problems = errors.flatMap((error) => Object.values(error.constraints ?? {}).map((text) => `${error.property}: ${text}`));
  const production = env.NODE_ENV === 'production';
  const emailDriver = (env.EMAIL_DRIVER ?? (production ? 'smtp' : 'outbox')) as 'outbox' | 'smtp';
  const smsDriver = (env.SMS_DRIVER ?? (production ? 'http' : 'outbox')) as 'outbox' | 'http';
  if (emailDriver === 'smtp' && !env.SMTP_URL && !problems.some((p) => p.startsWith('SMTP_URL'))) {
    problems.push('SMTP_URL: required when email is sent by smtp (the default in production; set EMAIL_DRIVER=outbox to keep a file)');
  }
  if (smsDriver === 'http' && !env.SMS_HTTP_URL && !problems.some((p) => p.startsWith('SMS_HTTP_URL'))) {
    problems.push('SMS_HTTP_URL: required when SMS is sent by http (the default in production; set SMS_DRIVER=outbox to keep a file)');
  }
  const smsRegions = parsePhoneRegions(env.SMS_ALLOWED_REGIONS ?? 'CN');
  if (smsRegions.unknown.length > 0 && !problems.some((p) => p.startsWith('SMS_ALLOWED_REGIONS'))) {
    problems.push(`SMS_ALLOWED_REGIONS: no phone numbering plan for ${smsRegions.unknown.join(', ')} (ISO 3166 region codes, such as CN or CN,HK,MO)`);
  }
  if (production) {
    // Outside production missing keys are generated into DATA_DIR; in production they must be given.
    for (const variable of ['JWT_PRIVATE_KEY', 'WORD_INFO_PRIVATE_KEY', 'TOKEN_HASH_SECRET'] as const) {
      if (!env[variable] && !problems.some((p) => p.startsWith(`${variable}:`))) {
        problems.push(`${variable}: required in production (see README "Configuration" for how to generate it)`);
      }
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);

  const port = env.PORT ?? 3000;
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const outboxFile = env.OUTBOX_FILE ? (isAbsolute(env.OUTBOX_FILE) ? env.OUTBOX_FILE : resolve(env.OUTBOX_FILE)) : join(dataDir, 'outbox.jsonl');
  const timeoutMs = env.UPSTREAM_TIMEOUT_MS ?? 5000;
  return {
    port,
    production,
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: trustProxy(env.TRUST_PROXY),
    bodyLimitBytes: bytesOf(env.BODY_LIMIT ?? '64kb'),
    heapGrowingPercent: env.HEAP_GROWING_PERCENT ?? 50,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE ?? 60,
    metrics: { enabled: env.METRICS_ENABLED ?? (!production || Boolean(env.METRICS_TOKEN)), token: env.METRICS_TOKEN },
    accounts: {
      production,
      dataDir,
      publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
      database: { url: env.DATABASE_URL, sqlitePath: join(dataDir, 'accounts.sqlite'), logging: env.DB_LOGGING ?? false },
      argon2: {
        memoryKiB: env.ARGON2_MEMORY_KIB ?? OWASP_ARGON2.memoryKiB,
        timeCost: env.ARGON2_TIME_COST ?? OWASP_ARGON2.timeCost,
        parallelism: env.ARGON2_PARALLELISM ?? OWASP_ARGON2.parallelism,
      },
      hashQueue: {
        limit: env.PASSWORD_HASH_QUEUE_LIMIT ?? defaultHashQueueLimit(),
        maxWaitMs: env.PASSWORD_HASH_QUEUE_WAIT_MS ?? DEFAULT_HASH_QUEUE_WAIT_MS,
      },
      limits: {
        loginMaxFailures: env.LOGIN_MAX_FAILURES ?? 10,
        lockoutBaseSeconds: 60,
        lockoutMaxSeconds: env.LOCKOUT_MAX_SECONDS ?? 900,
        loginMaxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP ?? 100,
        loginIpWindowSeconds: 900,
        smsHourlyLimit: env.SMS_HOURLY_LIMIT ?? 1000,
        smsDailyLimitPerPhone: env.SMS_DAILY_LIMIT_PER_PHONE ?? 10,
        codeSendsPerIpPerHour: env.CODE_SENDS_PER_IP_PER_HOUR ?? 30,
        avatarUploadsPerHour: env.AVATAR_UPLOADS_PER_HOUR ?? 10,
      },
      codes: { ttlSeconds: 600, resendSeconds: 60, maxAttempts: 5 },
      delivery: {
        emailDriver,
        smsDriver,
        outboxFile,
        smtpUrl: env.SMTP_URL,
        smtpFrom: env.SMTP_FROM ?? 'Accounts <no-reply@localhost>',
        smsHttpUrl: env.SMS_HTTP_URL,
        smsHttpToken: env.SMS_HTTP_TOKEN,
        timeoutMs,
      },
      keys: {
        jwtPrivateKeyPem: env.JWT_PRIVATE_KEY,
        wordInfoPrivateKeyPem: env.WORD_INFO_PRIVATE_KEY,
        tokenHashSecret: env.TOKEN_HASH_SECRET,
      },
      wechat: {
        apiBase: env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
        appId: env.WECHAT_APP_ID,
        appSecret: env.WECHAT_APP_SECRET,
        timeoutMs,
      },
      gitea: { url: env.GITEA_URL, adminToken: env.GITEA_ADMIN_TOKEN, timeoutMs },
      redisUrl: env.REDIS_URL,
      redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'accounts:',
      maxUploadBytes: env.MAX_UPLOAD_BYTES ?? 5 * 1024 * 1024,
      v2RequireCode: { phone: env.V2_REGISTER_REQUIRE_PHONE_CODE ?? true, email: env.V2_REGISTER_REQUIRE_EMAIL_CODE ?? false },
      smsAllowedRegions: smsRegions.regions,
    },
  };
}
