import { normalizeEmail } from '../domain/identifiers';
import { normalizeNewPhone, normalizePhone } from '../domain/phone';
import { CodeChannel } from '../domain/verification-code';

/**
 * The normalized form of a target a code is sent to, or a new contact:
 * E.164 in an allowed region (SMS_ALLOWED_REGIONS) for SMS, lower-case for email.
 */
export function normalizeTarget(channel: CodeChannel, target: string, field = 'target'): string {
  return channel === CodeChannel.Sms ? normalizeNewPhone(target, field) : normalizeEmail(target, field);
}

/**
 * The same for a target already known (the phone a code was sent to, an
 * account's current phone): no region bound, so an account whose phone lies
 * outside today's regions can still be named by it.
 */
export function normalizeKnownTarget(channel: CodeChannel, target: string, field = 'target'): string {
  return channel === CodeChannel.Sms ? normalizePhone(target, field) : normalizeEmail(target, field);
}
