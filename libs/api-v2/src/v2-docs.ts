import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { AccountsErrorCode, AccountsErrorDetails } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';
import { ProblemDto } from './dto/responses.dto';
import { V2_PROBLEMS } from './v2-errors';
import { PROBLEM_TYPE_BASE, v2Problem } from './v2-surface';

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
function v2TagDescription(): string {
  return [
    'The API for new clients, under `/v2` (and `/.well-known/jwks.json`). JSON in, JSON out; the OAuth2 server at `/oauth` is listed under oauth-v1.',
    '',
    '**Envelope**: none on success: the resource itself (a user, `{access_token, refresh_token, token_type, expires_in, user}`,',
    'a page `{items, total, page, per_page}`), 201 for a registration, 204 with no body when there is nothing to answer.',
    '',
    '**Token**: `Authorization: Bearer <access_token>` (Authorize: `v2-bearer`). The access token is a signed JWT (EdDSA with the generated key) valid 15 minutes,',
    'verifiable with `/.well-known/jwks.json`; `POST /v2/auth/refresh` trades the refresh token (30 days; each works once, and reusing a spent one ends the session) for a new pair.',
    'A password change ends every other session of the account in every contract (the one it was made in goes on); a reset, account deletion and an admin lock end every session.',
    '',
    `**Errors**: RFC 9457 \`application/problem+json\`: \`{type: "${PROBLEM_TYPE_BASE}<code>", title, status, detail, code}\`,`,
    'plus `errors` (field -> the one rule to fix first: missing, then type, then length or format) for validation and `retry_after` (seconds, also header `Retry-After`) for limits and lockouts;',
    '401 answers carry `WWW-Authenticate: Bearer`. Unknown accounts and wrong passwords both answer `invalid_credentials`.',
    '',
    '| status | code | title |',
    '|---|---|---|',
    problemRows(),
  ].join('\n');
}

/** A documented failure: a code, or a code with the message and details of the example. */
export type ProblemExample = SurfaceErrorCode | { code: SurfaceErrorCode; message?: string; details?: AccountsErrorDetails };

/** Messages and details as the core raises them, where the answer shows them (detail, errors, retry_after). */
const SAMPLES: Partial<Record<SurfaceErrorCode, { message: string; details: AccountsErrorDetails }>> = {
  [AccountsErrorCode.WeakPassword]: { message: 'password must be 8 to 128 characters', details: { rule: 'length' } },
  [AccountsErrorCode.AccountDisabled]: { message: 'the account is paused', details: {} },
  [AccountsErrorCode.AccountLocked]: { message: 'too many failed sign-ins; try again later', details: { retryAfterSeconds: 60 } },
  [AccountsErrorCode.CodeSendTooSoon]: { message: 'a code was sent to this target less than a minute ago', details: { retryAfterSeconds: 42 } },
  [AccountsErrorCode.RateLimited]: { message: 'too many requests', details: { retryAfterSeconds: 60 } },
  [AccountsErrorCode.FileTooLarge]: { message: 'the file is larger than 5242880 bytes', details: {} },
  [AccountsErrorCode.FileTypeNotAllowed]: { message: 'the file is not a JPEG, PNG, GIF or WebP image', details: {} },
  [TransportErrorCode.MalformedRequest]: { message: 'the request is malformed', details: {} },
};

/** A validation failure of one field; the message is the validation pipe's unless the core words it (`message`). */
export function invalidField(field: string, rule: string, message = `${field}: ${rule}`): ProblemExample {
  return { code: AccountsErrorCode.ValidationFailed, message, details: { fields: { [field]: [rule] } } };
}

/** The failures of a missing, bad, expired or revoked bearer token. */
export const TOKEN_PROBLEMS: ProblemExample[] = [TransportErrorCode.TokenMissing, AccountsErrorCode.TokenInvalid, AccountsErrorCode.TokenExpired];

/**
 * The error responses of a v2 operation: one per HTTP status, `application/problem+json`,
 * with one example per failure made by the function that answers it (v2Problem).
 */
export function ApiProblems(...failures: ProblemExample[]) {
  const byStatus = new Map<number, Record<string, { summary: string; value: unknown }>>();
  for (const failure of failures) {
    const { code, message, details } = typeof failure === 'string' ? { code: failure } : failure;
    const sample = SAMPLES[code] ?? { message: code, details: {} };
    const answer = v2Problem(code, { code, message: message ?? sample.message, details: details ?? sample.details });
    const examples = byStatus.get(answer.status) ?? {};
    const publicCode = String((answer.body as { code: string }).code);
    examples[examples[publicCode] ? `${publicCode} (${code})` : publicCode] = { summary: `${publicCode}: ${V2_PROBLEMS[code].title}`, value: answer.body };
    byStatus.set(answer.status, examples);
  }
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...[...byStatus.entries()].map(([status, examples]) =>
      ApiResponse({
        status,
        description: [...new Set(Object.keys(examples).map((key) => key.split(' ')[0]))].join(', '),
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) }, examples } },
      }),
    ),
  );
}

/** Swagger tag of the v2 API: envelope, token header and error table. */
export const V2_TAG = { name: 'v2', description: v2TagDescription() };
