import { addressKey } from '@app/accounts';
import { clientInfoOf, HttpRequest } from '@app/facade-kit';

/**
 * Whom the per-IP request limit counts a request under: the same client
 * address the core records (TRUST_PROXY honoured), keyed by the core's
 * addressKey, so that every per-address limit agrees on who a client is (an
 * IPv6 client is its /64, an IPv4-mapped address its IPv4 address) instead of
 * resting on the throttler's own default.
 */
export function trackClientAddress(request: HttpRequest): string {
  return addressKey(clientInfoOf(request).ip) ?? 'unknown';
}
