import { ConfigurationError, loadAppConfig } from './app-config';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadAppConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems;
  }
};

describe('configuration from the environment', () => {
  it('starts with no configuration at all: embedded SQLite, outbox, port 3000', () => {
    const config = loadAppConfig({});
    expect(config.port).toBe(3000);
    expect(config.accounts.database.url).toBeUndefined();
    expect(config.accounts.database.sqlitePath).toMatch(/data\/accounts\.sqlite$/);
    expect(config.accounts.delivery).toMatchObject({ emailDriver: 'outbox', smsDriver: 'outbox' });
    expect(config.accounts.argon2).toEqual({ memoryKiB: 19456, timeCost: 2, parallelism: 1 });
    expect(config.accounts.limits).toMatchObject({ loginMaxFailures: 10, lockoutMaxSeconds: 900, smsHourlyLimit: 1000, smsDailyLimitPerPhone: 10 });
    expect(config.rateLimitPerMinute).toBe(60);
    expect(config.heapGrowingPercent).toBe(50);
    expect(config.accounts.hashQueue.maxWaitMs).toBe(3000);
    expect(config.accounts.hashQueue.limit).toBeGreaterThanOrEqual(90);
  });

  it('names every wrong value on its own line', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'postgres://x',
      RATE_LIMIT_PER_MINUTE: '0',
      EMAIL_DRIVER: 'carrier-pigeon',
      REDIS_URL: 'localhost:6379',
      GITEA_URL: 'https://git.example.com',
      TOKEN_HASH_SECRET: 'short',
      HEAP_GROWING_PERCENT: 'half',
      PASSWORD_HASH_QUEUE_LIMIT: '-1',
    });
    const variables = problems.map((problem) => problem.split(':')[0]);
    expect(variables).toEqual(
      expect.arrayContaining(['PORT', 'DATABASE_URL', 'RATE_LIMIT_PER_MINUTE', 'EMAIL_DRIVER', 'REDIS_URL', 'GITEA_ADMIN_TOKEN', 'TOKEN_HASH_SECRET', 'HEAP_GROWING_PERCENT', 'PASSWORD_HASH_QUEUE_LIMIT']),
    );
    expect(new Set(variables).size).toBe(variables.length);
  });

  it('asks for the delivery settings production needs', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    for (const variable of ['SMTP_URL', 'SMS_HTTP_URL', 'JWT_PRIVATE_KEY', 'WORD_INFO_PRIVATE_KEY', 'TOKEN_HASH_SECRET']) {
      expect(problems.some((problem) => problem.startsWith(`${variable}:`))).toBe(true);
    }
    const keys = {
      JWT_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----',
      WORD_INFO_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----',
      TOKEN_HASH_SECRET: 'x'.repeat(32),
    };
    expect(loadAppConfig({ NODE_ENV: 'production', EMAIL_DRIVER: 'outbox', SMS_DRIVER: 'outbox', ...keys }).production).toBe(true);
  });

  it('reads numbers, booleans and URLs', () => {
    const config = loadAppConfig({
      PORT: '8080',
      DATABASE_URL: 'mysql://u:p%40ss@db:3306/accounts',
      V2_REGISTER_REQUIRE_PHONE_CODE: 'false',
      TRUST_PROXY: '1',
      PUBLIC_URL: 'https://accounts.example.com/',
      HEAP_GROWING_PERCENT: '0',
    });
    expect(config.port).toBe(8080);
    expect(config.accounts.database.url).toBe('mysql://u:p%40ss@db:3306/accounts');
    expect(config.accounts.v2RequireCode.phone).toBe(false);
    expect(config.trustProxy).toBe(1);
    expect(config.accounts.publicUrl).toBe('https://accounts.example.com');
    expect(config.heapGrowingPercent).toBe(0);
  });

  it('bounds new phones to SMS_ALLOWED_REGIONS, CN unless set, each a region with a numbering plan', () => {
    expect(loadAppConfig({}).accounts.smsAllowedRegions).toEqual(['CN']);
    expect(loadAppConfig({ SMS_ALLOWED_REGIONS: 'cn, HK,MO' }).accounts.smsAllowedRegions).toEqual(['CN', 'HK', 'MO']);
    for (const wrong of ['', 'CN;HK', 'China', 'CN,', 'CN,XX']) {
      expect(problemsOf({ SMS_ALLOWED_REGIONS: wrong }).filter((problem) => problem.startsWith('SMS_ALLOWED_REGIONS:'))).toHaveLength(1);
    }
  });
});
