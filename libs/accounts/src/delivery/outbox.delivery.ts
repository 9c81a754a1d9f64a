import { appendFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeDirectory } from '../storage/directories';
import { CodeDelivery, CodeMessage } from '../ports/code-delivery';
import { Clock } from '../ports/clock';

/** Development and test delivery: one JSON line per message in OUTBOX_FILE. */
export class OutboxDelivery extends CodeDelivery {
  constructor(
    private readonly file: string,
    private readonly clock: Clock,
  ) {
    super();
  }

  async deliver(message: CodeMessage): Promise<void> {
    await makeDirectory(dirname(this.file));
    const line = JSON.stringify({
      channel: message.channel,
      to: message.to,
      code: message.code,
      purpose: message.purpose,
      text: message.text,
      at: this.clock.now().toISOString(),
    });
    await appendFile(this.file, `${line}\n`, 'utf8');
  }
}
