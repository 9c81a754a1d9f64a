import { V2_PROBLEMS } from './v2-errors';
import { PROBLEM_TYPE_BASE } from './v2-surface';

/** One row per public code: concealed codes (an unknown account answers invalid_credentials) are not listed twice. */
function problemRows(): string {
  const rows = new Map<string, { status: number; row: string }>();
  for (const [code, entry] of Object.entries(V2_PROBLEMS)) {
    const publicCode = entry.publicCode ?? code;
    if (!rows.has(publicCode)) rows.set(publicCode, { status: entry.status, row: `| ${entry.status} | \`${publicCode}\` | ${entry.title} |` });
  }
  return [...rows.values()]
    .sort((a, b) => a.status - b.status)
    .map((entry) => entry.row)
    .join('\n');
}

/** The v2 tag text: envelope, token and the error table, generated from V2_PROBLEMS. */
export function v2TagDescription(): string {
  return [
    'The API for new clients, under `/v2` (and `/.well-known/jwks.json`). JSON in, JSON out; the OAuth2 server at `/oauth` is listed under oauth-v1.',
    '',
    '**Envelope**: none on success: the resource itself (a user, `{access_token, refresh_token, token_type, expires_in, user}`,',
    'a page `{items, total, page, per_page}`), 201 for a registration, 204 with no body when there is nothing to answer.',
    '',
    '**Token**: `Authorization: Bearer <access_token>` (Authorize: `v2-bearer`). The access token is a signed JWT (EdDSA with the generated key) valid 15 minutes,',
    'verifiable with `/.well-known/jwks.json`; `POST /v2/auth/refresh` trades the refresh token (30 days; each works once, and reusing a spent one ends the session) for a new pair.',
    'A password change or reset, and account deletion, end every session of the account in every contract.',
    '',
    `**Errors**: RFC 9457 \`application/problem+json\`: \`{type: "${PROBLEM_TYPE_BASE}<code>", title, status, detail, code}\`,`,
    'plus `errors` (field -> broken rules) for validation and `retry_after` (seconds, also header `Retry-After`) for limits and lockouts;',
    '401 answers carry `WWW-Authenticate: Bearer`. Unknown accounts and wrong passwords both answer `invalid_credentials`.',
    '',
    '| status | code | title |',
    '|---|---|---|',
    problemRows(),
  ].join('\n');
}
