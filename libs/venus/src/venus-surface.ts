import { AnswerFailuresAs, Surface } from '@app/facade-kit';
import { VENUS_FAILURES } from './venus-errors';

/**
 * Every failure under /venus, from a validation error to an unknown route,
 * answers `{"errorCode": N, "errorMessage": "snake_case"}` with the table's
 * status. The message is the table's, never the error's own text.
 */
export const VENUS_SURFACE: Surface = {
  name: 'venus',
  prefixes: ['/venus'],
  presentFailure(failure) {
    const { status, errorCode, errorMessage } = VENUS_FAILURES[failure.code];
    const headers: Record<string, string> = {};
    if (status === 429 && failure.details.retryAfterSeconds) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
    return { status, body: { errorCode, errorMessage }, headers };
  },
};

/** A venus controller: its failures answer in the venus envelope. */
export const VenusSurface = () => AnswerFailuresAs(VENUS_SURFACE);
