import { VENUS_ERRORS } from './venus-errors';

export * from './venus.module';

const errorRows = Object.values(VENUS_ERRORS)
  .map((row) => `| ${row.status} | ${row.errorCode} | \`${row.errorMessage}\` |`)
  .join('\n');

/** Swagger tag of this contract: envelope, token header and error table. */
export const VENUS_TAG = {
  name: 'venus',
  description: [
    'The venus legacy contract (seed 000), under `/venus`.',
    'Requests: JSON or `application/x-www-form-urlencoded`. Success bodies are bare JSON objects (`{"token"}`, `{"success":"ok"}`, ...).',
    'Token: header `token` (a JWT valid 24 hours, accepted by venus only; `POST /venus/token/refresh` replaces it). Authorize: `venus-token`.',
    'Errors: HTTP status + `{"errorCode": N, "errorMessage": "snake_case"}`, for every failure under `/venus` (validation, unknown route, bad token, rate limit, internal):',
    '',
    '| status | errorCode | errorMessage |',
    '|---|---|---|',
    errorRows,
    '',
    'Failures the document has no row for take the closest row: unknown route 404 10010, weak password or too large body 400 10001, ' +
      'locked account 429 10029, disabled account 403 11003, database outage 500 10500 (see libs/venus/README.md).',
  ].join('\n'),
};
