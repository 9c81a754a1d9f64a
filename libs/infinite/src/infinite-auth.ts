import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { Audience } from '@app/accounts';
import { fromAuthorization, TokenGuard } from '@app/facade-kit';

/** The accessToken from login, in header Authorization, raw or as `Bearer <token>`. */
export const InfiniteTokenGuard = TokenGuard(Audience.Infinite, fromAuthorization(true));

export function InfiniteAuthenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(UseGuards(InfiniteTokenGuard), ApiSecurity('infinite-authorization'));
}
