import { applyDecorators, UseGuards } from '@nestjs/common';
import { Audience } from '@app/accounts';
import { TokenExtractor, TokenGuard } from '@app/facade-kit';

/** vcode carries its token in a body field (JSON or form), not a header. */
export const fromBodyField =
  (name: string): TokenExtractor =>
  (request) => {
    const value = (request.body as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };

export const VcodeTokenGuard = TokenGuard(Audience.Vcode, fromBodyField('token'));

/** A vcode operation that needs the body field `token` from register or logIn. */
export function VcodeAuthenticated() {
  return applyDecorators(UseGuards(VcodeTokenGuard));
}
