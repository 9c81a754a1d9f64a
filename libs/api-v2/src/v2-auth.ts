import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { Audience } from '@app/accounts';
import { fromAuthorization, TokenGuard } from '@app/facade-kit';
import { ApiProblems, TOKEN_PROBLEMS } from './v2-docs';

export const V2TokenGuard = TokenGuard(Audience.V2, fromAuthorization());

/** A v2 operation that needs `Authorization: Bearer <access_token>`. */
export function V2Authenticated() {
  return applyDecorators(
    UseGuards(V2TokenGuard),
    ApiBearerAuth('v2-bearer'),
    ApiProblems(...TOKEN_PROBLEMS),
  );
}
