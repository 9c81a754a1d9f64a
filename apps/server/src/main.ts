import 'reflect-metadata';
import './lazy-nest-timestamps';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DatabaseStartError, DataDirectoryError, MissingKeyMaterialError } from '@app/accounts';
import { AppModule } from './app.module';
import { configureApp, createHttpAdapter, NEST_APP_OPTIONS } from './app.factory';
import { ConfigurationError, loadAppConfig } from './config/app-config';
import { prepareStorage } from './config/prepare-storage';
import { applyHeapGrowth } from './heap-growth';
import { ensurePortFree, listenOnPort, PortUnavailableError } from './http/listen';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  applyHeapGrowth(config.heapGrowingPercent);
  await ensurePortFree(config.port);
  const storage = await prepareStorage(config);
  const app = await NestFactory.create(AppModule.forRoot(config), createHttpAdapter(config), NEST_APP_OPTIONS);
  await configureApp(app, config);
  if (storage.createdDatabase) new Logger('Database').log(`created ${storage.createdDatabase}`);
  await listenOnPort(app, config.port);
}

bootstrap().catch((error: unknown) => {
  const oneLine = [ConfigurationError, MissingKeyMaterialError, DataDirectoryError, DatabaseStartError, PortUnavailableError];
  if (oneLine.some((type) => error instanceof type)) {
    process.stderr.write(`${(error as Error).message}\n`);
  } else {
    process.stderr.write(`The service could not start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
