import 'reflect-metadata';
import './lazy-nest-timestamps';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DatabaseStartError, MissingKeyMaterialError, prepareDatabase } from '@app/accounts';
import { AppModule } from './app.module';
import { configureApp, createHttpAdapter, listen, NEST_APP_OPTIONS } from './app.factory';
import { ConfigurationError, loadAppConfig } from './config/app-config';
import { applyHeapGrowth } from './heap-growth';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  applyHeapGrowth(config.heapGrowingPercent);
  const database = await prepareDatabase(config.accounts.database, { mayCreate: !config.production });
  const app = await NestFactory.create(AppModule.forRoot(config), createHttpAdapter(config), NEST_APP_OPTIONS);
  await configureApp(app, config);
  if (database.created) new Logger('Database').log(`created ${database.created}`);
  await listen(app, config.port);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof MissingKeyMaterialError || error instanceof DatabaseStartError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`The service could not start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
