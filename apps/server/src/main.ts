import 'reflect-metadata';
import './lazy-nest-timestamps';
import { NestFactory } from '@nestjs/core';
import { MissingKeyMaterialError } from '@app/accounts';
import { AppModule } from './app.module';
import { configureApp, createHttpAdapter, listen, NEST_APP_OPTIONS } from './app.factory';
import { ConfigurationError, loadAppConfig } from './config/app-config';
import { applyHeapGrowth } from './heap-growth';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  applyHeapGrowth(config.heapGrowingPercent);
  const app = await NestFactory.create(AppModule.forRoot(config), createHttpAdapter(config), NEST_APP_OPTIONS);
  await configureApp(app, config);
  await listen(app, config.port);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof MissingKeyMaterialError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`The service could not start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
