import 'reflect-metadata';
import { AccountsError } from '@app/accounts';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli/cli.module';
import { loadAppConfig } from './config/app-config';
import { prepareStorage } from './config/prepare-storage';

/** Operator commands; results go to stdout as one JSON line, problems to stderr. */
async function main(): Promise<void> {
  const config = loadAppConfig();
  await prepareStorage(config);
  await CommandFactory.run(CliModule.forRoot(config), {
    logger: ['error'],
    errorHandler: (error) => fail(error),
    serviceErrorHandler: (error) => fail(error),
  });
}

/** Commander ends --help (and a command's help) by throwing; that is no failure and prints nothing more. */
const HELP_CODES = new Set(['commander.help', 'commander.helpDisplayed', 'commander.version']);

function fail(error: unknown): never {
  const { code, exitCode } = (error ?? {}) as { code?: string; exitCode?: number };
  if (code && HELP_CODES.has(code)) process.exit(exitCode ?? 0);
  const message = error instanceof AccountsError ? `${error.code}: ${error.message}` : (error as Error)?.message ?? String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

main().catch(fail);
