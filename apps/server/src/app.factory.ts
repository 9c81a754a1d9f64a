import { INestApplication } from '@nestjs/common';
import { ExpressAdapter, NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createValidationPipe } from '@app/facade-kit';
import { AppConfig } from './config/app-config';
import { setUpSwagger } from './docs/swagger';
import { requestMetrics } from './metrics/request-metrics.middleware';
import { ServiceMetrics } from './metrics/service-metrics';

/**
 * Case-sensitive routing must be set on the Express instance BEFORE Nest's
 * adapter wraps it (infinite's /api/user/login and vcode's /api/user/logIn are
 * different endpoints); tests build the app through here too.
 */
export function createHttpAdapter(config: AppConfig): ExpressAdapter {
  const server = express();
  server.set('case sensitive routing', true);
  server.set('strict routing', false);
  server.set('trust proxy', config.trustProxy);
  server.disable('x-powered-by');
  return new ExpressAdapter(server);
}

export const NEST_APP_OPTIONS = { bodyParser: false, bufferLogs: true } as const;

/** Everything around the routes: logs, security headers, body limits, validation, docs, shutdown. */
export async function configureApp(app: INestApplication, config: AppConfig): Promise<void> {
  const nest = app as NestExpressApplication;
  nest.useLogger(nest.get(Logger));
  nest.use(requestMetrics(nest.get(ServiceMetrics)));
  nest.use(helmet());
  nest.useBodyParser('json', { limit: config.bodyLimit });
  nest.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: true, parameterLimit: 100 });
  nest.useGlobalPipes(createValidationPipe());
  nest.enableShutdownHooks();
  await setUpSwagger(nest);
}
