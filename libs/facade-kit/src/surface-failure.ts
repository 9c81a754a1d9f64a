import { HttpException, HttpStatus } from '@nestjs/common';
import { AccountsError, AccountsErrorCode, AccountsErrorDetails, FieldViolations } from '@app/accounts';

/** Failures that happen before a request reaches the core. */
export enum TransportErrorCode {
  RouteNotFound = 'route_not_found',
  PayloadTooLarge = 'payload_too_large',
  /** Unparseable body (invalid JSON, bad multipart). */
  MalformedRequest = 'malformed_request',
  /** The request carried no token at all. */
  TokenMissing = 'token_missing',
}

/** Everything a surface must have an answer for: a Record over this type is exhaustive. */
export type SurfaceErrorCode = AccountsErrorCode | TransportErrorCode;

export interface SurfaceFailure {
  code: SurfaceErrorCode;
  message: string;
  details: AccountsErrorDetails;
}

/** Thrown by request validation with the rules each field broke (class-validator constraint names). */
export class RequestValidationError extends AccountsError {
  constructor(fields: FieldViolations, message: string) {
    super(AccountsErrorCode.ValidationFailed, message, { fields });
  }
}

export class TokenMissingError extends Error {}

/**
 * A failure inside a named step of a handler, for the contracts whose documents
 * give that step an answer of its own (vcode's register: the account was made,
 * no token could be issued). The surface sees the step; status, logging and the
 * failure's code come from the cause.
 */
export class StepFailedError extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
  ) {
    super(`step ${step} failed`);
  }
}

const DATABASE_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'SQLITE_BUSY',
  'POOL_CLOSED',
]);

function isDatabaseOutage(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.code ??
    (error as { driverError?: { code?: string } })?.driverError?.code;
  if (code && DATABASE_DOWN_CODES.has(code)) return true;
  const message = String((error as Error)?.message ?? '');
  return /connect ECONNREFUSED|Connection lost|Pool is closed|connection is in closed state|Can't add new command when connection is in closed state/i.test(message);
}

/**
 * Fastify's own request errors (FST_ERR_CTP_BODY_TOO_LARGE, an invalid
 * Content-Length, a client that went away while sending its body) carry a 4xx
 * statusCode, not an HttpException. Database and upstream errors never do.
 */
function transportStatus(error: unknown): number | null {
  const { statusCode } = (error ?? {}) as { statusCode?: unknown };
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 ? statusCode : null;
}

/** Reduces anything thrown while serving a request to one surface-neutral failure. */
export function toSurfaceFailure(error: unknown): SurfaceFailure {
  if (error instanceof AccountsError) return { code: error.code, message: error.message, details: error.details };
  const parserStatus = transportStatus(error);
  if (parserStatus === HttpStatus.PAYLOAD_TOO_LARGE) {
    return { code: TransportErrorCode.PayloadTooLarge, message: 'request too large', details: {} };
  }
  if (parserStatus !== null) return { code: TransportErrorCode.MalformedRequest, message: 'the request is malformed', details: {} };
  if (error instanceof TokenMissingError) {
    return { code: TransportErrorCode.TokenMissing, message: 'token missing', details: {} };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const message = error.message;
    switch (status) {
      case HttpStatus.NOT_FOUND:
        return { code: TransportErrorCode.RouteNotFound, message: 'no such route', details: {} };
      case HttpStatus.PAYLOAD_TOO_LARGE:
        return { code: TransportErrorCode.PayloadTooLarge, message: 'request too large', details: {} };
      case HttpStatus.TOO_MANY_REQUESTS:
        return { code: AccountsErrorCode.RateLimited, message: 'too many requests', details: { retryAfterSeconds: 60 } };
      case HttpStatus.SERVICE_UNAVAILABLE:
        return { code: AccountsErrorCode.ServiceUnavailable, message: 'service unavailable', details: {} };
      default:
        if (status >= 400 && status < 500) return { code: TransportErrorCode.MalformedRequest, message: malformedMessage(message), details: {} };
        return { code: AccountsErrorCode.Internal, message: 'internal error', details: {} };
    }
  }
  if (isDatabaseOutage(error)) {
    return { code: AccountsErrorCode.ServiceUnavailable, message: 'the database is unavailable', details: {} };
  }
  return { code: AccountsErrorCode.Internal, message: 'internal error', details: {} };
}


/** Parser messages can echo request bytes; answer a fixed text instead. */
function malformedMessage(message: string): string {
  return /JSON/i.test(message) ? 'the body is not valid JSON' : 'the request is malformed';
}
