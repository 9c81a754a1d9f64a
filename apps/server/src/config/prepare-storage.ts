import { dirname } from 'node:path';
import { prepareDatabase, prepareDirectory } from '@app/accounts';
import { AppConfig } from './app-config';

/**
 * What the start checks before it builds anything, each failure one line:
 * DATA_DIR (and the outbox's directory) writable, the MySQL database usable.
 * Outside production a missing MySQL database is created (see prepareDatabase).
 */
export async function prepareStorage(config: AppConfig): Promise<{ createdDatabase?: string }> {
  const { accounts } = config;
  prepareDirectory('DATA_DIR', accounts.dataDir);
  if (accounts.delivery.emailDriver === 'outbox' || accounts.delivery.smsDriver === 'outbox') {
    prepareDirectory('OUTBOX_FILE', dirname(accounts.delivery.outboxFile));
  }
  const database = await prepareDatabase(accounts.database, { mayCreate: !config.production });
  return { createdDatabase: database.created };
}
