import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ClientInfo } from '@app/accounts';
import { clientInfoOf, type HttpRequest, RequestValidationError } from '@app/facade-kit';

/** The terminals this contract knows (header `terminal`, any case). */
export const USERS_TERMINALS = ['management', 'pc', 'mobile', 'app', 'wechat'] as const;

/**
 * The caller as the core records it, with the `terminal` header checked and
 * lower-cased (the core writes it upper-case into the token, and defaults to PC).
 * An unknown terminal is a request error, like any other field of the wrong value.
 */
export const UsersClient = createParamDecorator((_: unknown, context: ExecutionContext): ClientInfo => {
  const client = clientInfoOf(context.switchToHttp().getRequest<HttpRequest>());
  const terminal = client.terminal?.trim().toLowerCase();
  if (!terminal) return { ...client, terminal: null };
  if (!(USERS_TERMINALS as readonly string[]).includes(terminal)) {
    throw new RequestValidationError({ terminal: ['isIn'] }, `terminal must be one of ${USERS_TERMINALS.join(', ')}`);
  }
  return { ...client, terminal };
});
