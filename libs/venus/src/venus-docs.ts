import { applyDecorators } from '@nestjs/common';
import { ApiConsumes, ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { VenusErrorDto } from './dto/responses.dto';
import { VENUS_ERRORS, VenusError } from './venus-errors';

/** Venus bodies arrive as JSON or as a form. */
export const ApiVenusBody = () => ApiConsumes('application/json', 'application/x-www-form-urlencoded');

/** Documents the error rows an operation can answer, one example per row, grouped by status. */
export function ApiVenusErrors(...errors: VenusError[]) {
  const byStatus = new Map<number, VenusError[]>();
  for (const error of errors) byStatus.set(error.status, [...(byStatus.get(error.status) ?? []), error]);
  return applyDecorators(
    ApiExtraModels(VenusErrorDto),
    ...[...byStatus].map(([status, rows]) =>
      ApiResponse({
        status,
        description: rows.map((row) => `${row.errorCode} ${row.errorMessage}`).join('; '),
        content: {
          'application/json': {
            schema: { $ref: getSchemaPath(VenusErrorDto) },
            examples: Object.fromEntries(
              rows.map((row) => [row.errorMessage, { value: { errorCode: row.errorCode, errorMessage: row.errorMessage } }]),
            ),
          },
        },
      }),
    ),
  );
}

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
