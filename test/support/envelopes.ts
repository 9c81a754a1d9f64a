/**
 * One predicate per surface: is an answer in that API's own envelope (as its
 * README documents it), and is it a failure? Used by the fuzz, token-attack
 * and outage suites, so every suite judges envelopes alike.
 */

export type SurfaceName = 'v2' | 'venus' | 'users' | 'infinite' | 'oauth-v1' | 'oauth-server' | 'vcode';

/** What the suites know of an HTTP answer (supertest's Response and fetch both reduce to this). */
export interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  /** The raw body text. */
  text: string;
}

/** vcode owns these exact paths under /api/user (with or without a trailing slash); infinite the rest. */
const VCODE_USER_PATHS = ['register', 'logIn', 'resetPassword', 'perfectInfo', 'checkToken', 'get'].map((name) => `/api/user/${name}`);

/** Which surface answers a path, mirroring SurfaceRegistry (exact paths, then the longest prefix, else v2). */
export function surfaceOf(path: string): SurfaceName {
  const bare = path.split('?')[0];
  const trimmed = bare.length > 1 ? bare.replace(/\/$/, '') : bare;
  const under = (prefix: string) => trimmed === prefix || trimmed.startsWith(`${prefix}/`);
  if (VCODE_USER_PATHS.includes(trimmed) || under('/api/vcode')) return 'vcode';
  if (under('/api/user')) return 'infinite';
  if (under('/api/v1')) return 'oauth-v1';
  if (under('/oauth')) return 'oauth-server';
  if (under('/users') || under('/files')) return 'users';
  if (under('/venus')) return 'venus';
  return 'v2';
}

function parse(answer: Answer): { json: unknown; ok: boolean } {
  try {
    return { json: JSON.parse(answer.text) as unknown, ok: true };
  } catch {
    return { json: undefined, ok: false };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const keysAre = (value: Record<string, unknown>, allowed: string[]) => Object.keys(value).every((key) => allowed.includes(key));

/** HTTP statuses a contract that "answers 200" still uses for transport failures (its README). */
const OUTAGE = 503;

type Check = (answer: Answer, json: unknown) => string | null;

const CHECKS: Record<SurfaceName, Check> = {
  v2: (answer, json) => {
    if (answer.status === 204) return answer.text === '' ? null : '204 with a body';
    if (answer.status < 400) return isObject(json) || Array.isArray(json) ? null : 'success without a JSON body';
    if (!/application\/problem\+json/.test(answer.headers['content-type'] ?? '')) return 'failure not application/problem+json';
    if (!isObject(json)) return 'problem body is not an object';
    const { type, title, status, detail, code } = json;
    if (typeof type !== 'string' || !type.startsWith('urn:accounts:problem:')) return 'problem without its type';
    if (typeof title !== 'string' || typeof detail !== 'string' || typeof code !== 'string') return 'problem without title/detail/code';
    return status === answer.status ? null : `problem status ${String(status)} != HTTP ${answer.status}`;
  },
  venus: (answer, json) => {
    if (!isObject(json)) return 'body is not an object';
    if (answer.status === 200) return 'errorCode' in json ? 'a 200 carrying errorCode' : null;
    if (answer.status < 400) return `status ${answer.status}`;
    const exact = keysAre(json, ['errorCode', 'errorMessage']) && typeof json.errorCode === 'number' && typeof json.errorMessage === 'string';
    return exact && /^[a-z_]+$/.test(json.errorMessage as string) ? null : 'failure is not exactly {errorCode:number, errorMessage:snake_case}';
  },
  users: (answer, json) => {
    if (!isObject(json) || !keysAre(json, ['code', 'message', 'data', 'total']) || !('data' in json)) return 'not {code, message, data, total}';
    if (typeof json.code !== 'number' || typeof json.message !== 'string' || typeof json.total !== 'number') return 'envelope field types';
    return json.code === answer.status ? null : `code ${json.code} != HTTP ${answer.status}`;
  },
  infinite: (answer, json) => {
    if (!isObject(json) || !keysAre(json, ['code', 'data', 'msg'])) return 'not {code, data, msg}';
    if (typeof json.code !== 'string' || !isObject(json.data) || typeof json.msg !== 'string') return 'envelope field types';
    if (answer.status === 200 || (answer.status >= 400 && json.code !== 'General.Success')) return null;
    return `status ${answer.status} with code ${json.code}`;
  },
  'oauth-v1': (answer, json) => {
    if (answer.status !== 200 && answer.status !== OUTAGE) return `status ${answer.status} (the contract answers 200)`;
    if (!isObject(json)) return 'body is not an object';
    if (json.result === 1) return null;
    const exact = json.result === 0 && keysAre(json, ['result', 'error']) && typeof json.error === 'string' && json.error !== '';
    return exact ? null : 'failure is not exactly {result:0, error}';
  },
  'oauth-server': (answer, json) => {
    if (!isObject(json)) return 'body is not an object';
    if (answer.status === 200) return 'error' in json ? 'a 200 carrying error' : null;
    if (answer.status < 400) return `status ${answer.status}`;
    const exact = keysAre(json, ['error', 'error_description']) && typeof json.error === 'string' && typeof json.error_description === 'string';
    return exact ? null : 'failure is not exactly {error, error_description}';
  },
  vcode: (answer, json) => {
    if (answer.status !== 200 && answer.status !== OUTAGE) return `status ${answer.status} (the contract answers 200)`;
    if (!isObject(json) || !keysAre(json, ['code', 'message', 'data'])) return 'not {code, message, data?}';
    return typeof json.code === 'string' && /^\d+$/.test(json.code) && typeof json.message === 'string' ? null : 'envelope field types';
  },
};

/** Null when the answer is in the surface's envelope, else what is wrong. */
export function envelopeProblem(surface: SurfaceName, answer: Answer): string | null {
  const { json, ok } = parse(answer);
  if (!ok && !(surface === 'v2' && answer.status === 204)) return `body is not JSON (HTTP ${answer.status}): ${answer.text.slice(0, 80)}`;
  return CHECKS[surface](answer, json);
}

/** Is the answer a failure in its contract's terms (HTTP 4xx/5xx, or the failure code of a contract that answers 200)? */
export function isFailure(surface: SurfaceName, answer: Answer): boolean {
  if (answer.status >= 400) return true;
  const { json } = parse(answer);
  const body = isObject(json) ? json : {};
  switch (surface) {
    case 'users':
      return body.code !== 200;
    case 'infinite':
      return body.code !== 'General.Success';
    case 'oauth-v1':
      return body.result !== 1;
    case 'vcode':
      return body.code !== '0';
    case 'v2':
    case 'venus':
    case 'oauth-server':
      return false;
  }
}

/** Text a server must never put in a body: stack frames, source paths, SQL and driver errors. */
const LEAKS: [string, RegExp][] = [
  ['stack trace', /\n\s+at\s|\bat\s+[\w$.<>]+\s+\([^)]*:\d+:\d+\)/],
  ['source path', /(?:\/[\w.@-]+){2,}\.(?:ts|js|mjs|cjs)\b|node_modules|\/dist\/apps\//],
  ['SQL', /\b(?:SELECT\s[\s\S]{0,200}\sFROM|INSERT\s+INTO|UPDATE\s+[`"]?\w+[`"]?\s+SET|DELETE\s+FROM)\b/i],
  ['database error', /SQLITE_[A-Z]+|\bER_[A-Z_]{3,}\b|QueryFailedError|TypeORM|ECONNREFUSED|syntax error/i],
];

/**
 * Null when the body leaks nothing. The values the request sent are removed
 * first: an answer may echo them (a profile field set to an SQL string is fine).
 */
export function leakProblem(text: string, sent: string[] = []): string | null {
  let body = text;
  for (const value of sent) {
    if (value.length < 4) continue;
    body = body.split(value).join('').split(JSON.stringify(value).slice(1, -1)).join('');
  }
  for (const [name, pattern] of LEAKS) {
    const match = pattern.exec(body);
    if (match) return `${name} in the body: ${match[0].slice(0, 80)}`;
  }
  return null;
}

/** Reduces a supertest response (or similar) to an Answer. */
export function answerOf(response: { status: number; headers: Record<string, unknown>; text?: string }): Answer {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = value === undefined ? undefined : String(value);
  return { status: response.status, headers, text: response.text ?? '' };
}
