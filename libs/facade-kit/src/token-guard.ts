import { CanActivate, createParamDecorator, ExecutionContext, Injectable, mixin, Type } from '@nestjs/common';
import { Audience, AuthContext, TokenAuthenticator } from '@app/accounts';
import type { HttpRequest } from './http';
import { TokenMissingError } from './surface-failure';

type AuthenticatedRequest = HttpRequest & { auth?: AuthContext };

/** Where a contract carries its token. */
export type TokenExtractor = (request: HttpRequest) => string | undefined;

export const fromHeader =
  (name: string): TokenExtractor =>
  (request) => {
    const value = request.headers[name.toLowerCase()];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    return text || undefined;
  };

/** `Authorization: Bearer <token>`; with `rawAllowed`, a bare token too. */
export const fromAuthorization =
  (rawAllowed = false): TokenExtractor =>
  (request) => {
    const value = request.headers.authorization?.trim();
    if (!value) return undefined;
    const match = /^Bearer\s+(.+)$/i.exec(value);
    if (match) return match[1].trim();
    return rawAllowed ? value : undefined;
  };

export const firstOf =
  (...extractors: TokenExtractor[]): TokenExtractor =>
  (request) => {
    for (const extract of extractors) {
      const token = extract(request);
      if (token) return token;
    }
    return undefined;
  };

/**
 * A guard that authenticates the contract's token for its audience through the
 * core (signature, expiry, audience, revocation) and keeps the result on the request.
 */
export function TokenGuard(audience: Audience, extract: TokenExtractor): Type<CanActivate> {
  @Injectable()
  class ContractTokenGuard implements CanActivate {
    constructor(private readonly authenticator: TokenAuthenticator) {}

    async canActivate(context: ExecutionContext): Promise<boolean> {
      const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
      const token = extract(request);
      if (!token) throw new TokenMissingError();
      request.auth = await this.authenticator.authenticate(token, audience);
      return true;
    }
  }
  return mixin(ContractTokenGuard);
}

/** The AuthContext a TokenGuard established. */
export const Auth = createParamDecorator((_: unknown, context: ExecutionContext): AuthContext => {
  const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) throw new TokenMissingError();
  return auth;
});
