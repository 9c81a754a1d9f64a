import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Audience } from '@app/accounts';
import { fromAuthorization, TokenGuard } from '@app/facade-kit';
import { ProblemDto } from './dto/responses.dto';

export const V2TokenGuard = TokenGuard(Audience.V2, fromAuthorization());

/** A v2 operation that needs `Authorization: Bearer <access_token>`. */
export function V2Authenticated() {
  return applyDecorators(
    UseGuards(V2TokenGuard),
    ApiBearerAuth('v2-bearer'),
    ApiUnauthorizedResponse({ type: ProblemDto, description: 'Missing, invalid, expired or revoked token' }),
  );
}
