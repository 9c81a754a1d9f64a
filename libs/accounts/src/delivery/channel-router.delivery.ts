import { CodeChannel } from '../domain/verification-code';
import { CodeDelivery, CodeMessage } from '../ports/code-delivery';

/** Sends each channel through its own driver. */
export class ChannelRouterDelivery extends CodeDelivery {
  constructor(private readonly drivers: Record<CodeChannel, CodeDelivery>) {
    super();
  }

  deliver(message: CodeMessage): Promise<void> {
    return this.drivers[message.channel].deliver(message);
  }
}
