import 'reflect-metadata';
import './lazy-nest-timestamps';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DatabaseStartError, MissingKeyMaterialError, prepareDatabase } from '@app/accounts';
import { AppModule } from './app.module';
import { configureApp, createHttpAdapter, NEST_APP_OPTIONS } from './app.factory';
import { ConfigurationError, loadAppConfig } from './config/app-config';
import { applyHeapGrowth } from './heap-growth';
import { ensurePortFree, listenOnPort, PortUnavailableError } from './http/listen';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  applyHeapGrowth(config.heapGrowingPercent);
  await ensurePortFree(config.port);
  const database = await prepareDatabase(config.accounts.database, { mayCreate: !config.production });
  const app = await NestFactory.create(AppModule.forRoot(config), createHttpAdapter(config), NEST_APP_OPTIONS);
  await configureApp(app, config);
  if (database.created) new Logger('Database').log(`created ${database.created}`);
  await listenOnPort(app, config.port);
}

bootstrap().catch((error: unknown) => {
  const oneLine = [ConfigurationError, MissingKeyMaterialError, DatabaseStartError, PortUnavailableError];
  if (oneLine.some((type) => error instanceof type)) {
    process.stderr.write(`${(error as Error).message}\n`);
  } else {
    process.stderr.write(`The service could not start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
