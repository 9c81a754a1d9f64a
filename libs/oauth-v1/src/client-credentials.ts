import { OAuthClientCredentials } from '@app/accounts';
import type { HttpRequest } from '@app/facade-kit';

/** RFC 6749 §2.3.1: Basic credentials are form-encoded before base64. */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function fromBasic(header: string | undefined): OAuthClientCredentials | null {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { clientId: '', clientSecret: '' };
  return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
}

/**
 * The client's credentials, from HTTP Basic first, then the body (Doorkeeper's
 * order). Missing ones are empty, which the core refuses as invalid_client.
 */
export function clientCredentialsOf(request: HttpRequest, body: { client_id?: string; client_secret?: string }): OAuthClientCredentials {
  return fromBasic(request.headers.authorization) ?? { clientId: body.client_id ?? '', clientSecret: body.client_secret ?? '' };
}
