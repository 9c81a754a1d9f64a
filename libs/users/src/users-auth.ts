import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { Audience } from '@app/accounts';
import { firstOf, fromAuthorization, fromHeader, TokenGuard } from '@app/facade-kit';

/** The users token arrives in header `token`, or as `Authorization: Bearer <token>`. */
export const usersToken = firstOf(fromHeader('token'), fromAuthorization());

export const UsersTokenGuard = TokenGuard(Audience.Users, usersToken);

/** An operation that needs the users token (401 when missing, invalid, expired or ended: see TOKEN_ERRORS). */
export function UsersAuthenticated() {
  return applyDecorators(UseGuards(UsersTokenGuard), ApiSecurity('users-token'));
}
