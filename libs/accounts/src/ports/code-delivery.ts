import { CodeChannel } from '../domain/verification-code';

export interface CodeMessage {
  channel: CodeChannel;
  /** E.164 phone or email address. */
  to: string;
  code: string;
  purpose: string;
  text: string;
}

/** Sends a verification code. Throws when the message could not be handed over. */
export abstract class CodeDelivery {
  abstract deliver(message: CodeMessage): Promise<void>;
}
