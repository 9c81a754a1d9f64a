import { OAuthClientCredentials } from '@app/accounts';
import { type HttpRequest, RequestValidationError } from '@app/facade-kit';
import { SINGLE_CLIENT_AUTHENTICATION_RULE } from '../oauth-v1-errors';

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
 * The client's credentials, from HTTP Basic or from the body, never both:
 * RFC 6749 §2.3 allows one authentication method per request, so a Basic
 * header beside `client_id`/`client_secret` fields is refused as
 * invalid_request, even when both name the same client (which one would be
 * authenticated is exactly the ambiguity the rule removes). Missing
 * credentials are empty, which the core refuses as invalid_client.
 */
export function clientCredentialsOf(request: HttpRequest, body: { client_id?: string; client_secret?: string }): OAuthClientCredentials {
  const header = request.headers.authorization;
  const basicAttempted = /^Basic(\s|$)/i.test(header ?? '');
  if (basicAttempted && (body.client_id !== undefined || body.client_secret !== undefined)) {
    throw new RequestValidationError(
      { client_id: [SINGLE_CLIENT_AUTHENTICATION_RULE] },
      'client authentication: HTTP Basic and body credentials in one request',
    );
  }
  return fromBasic(header) ?? { clientId: body.client_id ?? '', clientSecret: body.client_secret ?? '' };
}
