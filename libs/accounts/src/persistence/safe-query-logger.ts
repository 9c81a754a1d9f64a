import { Logger as NestLogger } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';

/**
 * SQL logging without parameters: TypeORM's own loggers print the bound values
 * (password hashes, token hashes, emails), which must never reach a log.
 * TypeORM calls a custom logger for every query whatever its `logging` option,
 * so this one stays silent unless DB_LOGGING turned it on. (Failed queries the
 * service expects, such as unique clashes, are domain answers, not log lines;
 * the others reach the error filter's log.)
 */
export class SafeQueryLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');

  constructor(private readonly enabled: boolean) {}

  logQuery(query: string): void {
    if (this.enabled) this.logger.debug(query);
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.enabled) this.logger.warn({ query, error: typeof error === 'string' ? error : error.message.split('\n')[0] }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ query, ms: time }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    if (this.enabled) this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.log(String(message));
  }
}
