import { applyDecorators } from '@nestjs/common';
import { ApiConsumes, ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { VenusErrorDto } from './dto/responses.dto';
import { VenusError } from './venus-errors';

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
