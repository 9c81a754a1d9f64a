import { applyDecorators, createParamDecorator, ExecutionContext, UseGuards } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { Audience } from '@app/accounts';
import { fromHeader, type HttpRequest, TokenGuard } from '@app/facade-kit';
import { ApiVenusErrors } from './venus-docs';
import { VENUS_ERRORS } from './venus-errors';

const venusToken = fromHeader('token');

export const VenusTokenGuard = TokenGuard(Audience.Venus, venusToken);

/** A venus operation that needs a venus token in header `token`. */
export function VenusAuthenticated() {
  return applyDecorators(
    UseGuards(VenusTokenGuard),
    ApiSecurity('venus-token'),
    ApiVenusErrors(VENUS_ERRORS.invalidToken, VENUS_ERRORS.tokenExpired),
  );
}

/** The raw header `token`, for the refresh endpoint: the core's renewal authenticates it itself. */
export const VenusToken = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined =>
  venusToken(context.switchToHttp().getRequest<HttpRequest>()),
);
