import { normalizeEmail } from '../domain/identifiers';
import { normalizePhone } from '../domain/phone';
import { CodeChannel } from '../domain/verification-code';

/** The normalized form of a code target: E.164 for SMS, lower-case for email. */
export function normalizeTarget(channel: CodeChannel, target: string, field = 'target'): string {
  return channel === CodeChannel.Sms ? normalizePhone(target, field) : normalizeEmail(target, field);
}
