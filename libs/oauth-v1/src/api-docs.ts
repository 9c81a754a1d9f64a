import { OAUTH_ERROR_DESCRIPTIONS, OAuthErrorName } from './oauth-server-errors';

/** A `{result:0,error}` example answer (always HTTP 200), for Swagger. */
export function resultErrorExamples(description: string, reasons: string[]) {
  return {
    description,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['result', 'error'],
          properties: { result: { type: 'integer', enum: [0] }, error: { type: 'string' } },
        },
        examples: Object.fromEntries(reasons.map((reason, index) => [`e${index + 1}`, { summary: reason, value: { result: 0, error: reason } }])),
      },
    },
  };
}

/** An RFC 6749 error example answer, for Swagger. */
export function oauthErrorExamples(description: string, errors: OAuthErrorName[]) {
  return {
    description,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['error', 'error_description'],
          properties: { error: { type: 'string' }, error_description: { type: 'string' } },
        },
        examples: Object.fromEntries(
          errors.map((error) => [error, { summary: error, value: { error, error_description: OAUTH_ERROR_DESCRIPTIONS[error] } }]),
        ),
      },
    },
  };
}
