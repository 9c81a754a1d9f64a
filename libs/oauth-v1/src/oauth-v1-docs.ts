import { OAUTH_ERROR_DESCRIPTIONS, OAUTH_SERVER_ERRORS, OAUTH_V1_ERRORS, OAuthErrorName, WEAK_PASSWORD_ERRORS } from './oauth-v1-errors';

/** A `{result:0,error}` example answer (always HTTP 200), for Swagger. */
export function resultErrorExamples(description: string, reasons: string[]) {
  return {
    description,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['result', 'error'],
          properties: { result: { type: 'integer', enum: [0] }, error: { type: 'string' } },
        },
        examples: Object.fromEntries(reasons.map((reason, index) => [`e${index + 1}`, { summary: reason, value: { result: 0, error: reason } }])),
      },
    },
  };
}

/** An RFC 6749 error example answer, for Swagger. */
export function oauthErrorExamples(description: string, errors: OAuthErrorName[]) {
  return {
    description,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['error', 'error_description'],
          properties: { error: { type: 'string' }, error_description: { type: 'string' } },
        },
        examples: Object.fromEntries(
          errors.map((error) => [error, { summary: error, value: { error, error_description: OAUTH_ERROR_DESCRIPTIONS[error] } }]),
        ),
      },
    },
  };
}

/** `error` reason -> the failures that answer it, from the table that answers them. */
function usersErrorRows(): string {
  const causes = new Map<string, string[]>();
  for (const [cause, reason] of Object.entries(OAUTH_V1_ERRORS)) causes.set(reason, [...(causes.get(reason) ?? []), cause]);
  for (const [rule, reason] of Object.entries(WEAK_PASSWORD_ERRORS)) causes.set(reason, [`weak_password (${rule})`]);
  return [...causes.entries()].map(([reason, list]) => `| ${reason} | ${list.map((cause) => `\`${cause}\``).join(', ')} |`).join('\n');
}

/** HTTP status and OAuth `error` of /oauth failures, with the failures behind each. */
function serverErrorRows(): string {
  const rows = new Map<string, string[]>();
  for (const [cause, entry] of Object.entries(OAUTH_SERVER_ERRORS)) {
    const key = `| ${entry.status} | \`${entry.error}\``;
    rows.set(key, [...(rows.get(key) ?? []), cause]);
  }
  return [...rows.entries()]
    // Plain code-unit order: these keys are ASCII, and localeCompare would load ICU's collation data (1.6 MB resident).
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => `${key} | ${list.map((cause) => `\`${cause}\``).join(', ')} |`)
    .join('\n');
}

/** Swagger tag of this contract: envelope, token and error tables. */
export const OAUTH_V1_TAG = {
  name: 'oauth-v1',
  description: [
    'The oauth-v1 legacy contract (seed 003): `/api/v1/users/*` plus the OAuth2 server it relies on (`/oauth/*`, as Doorkeeper serves it).',
    '',
    '**/api/v1/users envelope**: always HTTP 200. Success `{"result":1}` (register and login add `oauth_login_code`, the password of',
    'one OAuth password grant with the phone as username); failure `{"result":0,"error":"<reason>"}`. Missing or malformed fields',
    'answer `缺少参数：<field>`, `参数格式不正确：<field>`, `参数过长：<field>` or `手机号格式不正确`.',
    '',
    '**Token**: `PUT /api/v1/users/update` and `GET /oauth/token/info` take `Authorization: Bearer <access_token>` from',
    '`POST /oauth/token` (Authorize: `oauth-bearer`), valid 86400 s.',
    '',
    '| error (result 0) | failures |',
    '|---|---|',
    usersErrorRows(),
    '',
    '**/oauth**: RFC 6749 / 7009 JSON. Token answer `{access_token, token_type:"Bearer", expires_in:86400, refresh_token, created_at}`;',
    'failures `{"error": "<name>", "error_description": "<Doorkeeper\'s text>"}`. Clients authenticate with `client_id`/`client_secret`',
    'in the body or HTTP Basic (clients are made with `npm run cli -- oauth-client:create` or POST /v2/oauth/clients).',
    '',
    '| status | error | failures |',
    '|---|---|---|',
    serverErrorRows(),
    '',
    'An unknown `grant_type` is 400 `unsupported_grant_type`; on `/oauth/token/info` a missing, bad or expired token is 401 `invalid_token`.',
  ].join('\n'),
};
