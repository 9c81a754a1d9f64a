import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';

/** Longest a Redis command may take before the request that needs it is answered 503. */
export const REDIS_COMMAND_TIMEOUT_MS = 1000;
/** How long the start waits for a first connection before it goes on (and /health says Redis is down). */
const FIRST_CONNECTION_WAIT_MS = 2000;

/** host:port of a redis:// URL, never its password. */
export function redisAddress(url: string): string {
  try {
    const { hostname, port } = new URL(url);
    return `${hostname}:${port || 6379}`;
  } catch {
    return 'the configured address';
  }
}

/**
 * The one Redis connection of the process. While Redis is unreachable a
 * command fails at once (no offline queue) and a command to a Redis that
 * does not answer fails after REDIS_COMMAND_TIMEOUT_MS, so requests that need
 * it are answered 503 within 2 s instead of piling up; the client reconnects
 * every 0.2 to 2 s by itself. Each outage is logged once when it starts and
 * once when it ends (an `error` listener, so ioredis prints no "Unhandled
 * error event").
 */
export async function openRedisConnection(url: string, keyPrefix: string): Promise<Redis> {
  const { default: RedisClient } = await import('ioredis');
  const logger = new Logger('Redis');
  const address = redisAddress(url);
  const redis = new RedisClient(url, {
    keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let down = false;
  redis.on('error', (error: Error & { code?: string }) => {
    if (down) return;
    down = true;
    logger.error(`Redis at ${address} is unreachable (${error.code ?? error.message}); requests that need it answer 503 until it is back`);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log(`Redis at ${address} is reachable again`);
  });
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, FIRST_CONNECTION_WAIT_MS);
    redis.once('ready', done);
  });
  return redis;
}

/** Ends the connection: politely when it is up, at once (no more reconnecting) when it is not. */
export async function closeRedisConnection(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}
