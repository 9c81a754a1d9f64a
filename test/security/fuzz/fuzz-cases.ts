import { Input, Operation } from './openapi-operations';

/** The well-formed request a case starts from: documented examples, then the suite's own values. */
export interface Base {
  body: Record<string, unknown>;
  query: Record<string, string>;
  path: Record<string, string>;
  headers: Record<string, string>;
}

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string; text: string }
  | { kind: 'multipart'; fields: Record<string, string>; file?: { field: string; content: Buffer; filename: string; contentType: string } };

export interface RequestSpec {
  body: Body;
  /** Already encoded. */
  query: string;
  /** Already encoded path segments. */
  path: Record<string, string>;
  headers: Record<string, string>;
}

export interface FuzzCase {
  label: string;
  withToken: boolean;
  /** The input is structurally wrong: the answer must be a failure in the contract's terms. */
  mustFail: boolean;
  /** Values the request carried that an answer may legitimately echo. */
  sent: string[];
  build(base: Base): RequestSpec;
}

export const SQL_INJECTIONS = ["' OR '1'='1' -- ", '1; DROP TABLE accounts; --', '" OR ""="', "admin'/*"];
const CONTROL = 'a\u0000b\u0001c\u001bd\u007fe\u202ef\ud800';
const ONE_MB = 'x'.repeat(1024 * 1024);
/** Under Node's 16 KB header limit together with the request line and the other headers. */
const LONG_TEXT = 'y'.repeat(10 * 1024);
const HEADER_TEXT = 'z'.repeat(8 * 1024);
/** 10,000 levels in 20 kB: the body parser refuses more than 32 before anything walks it by recursion. */
const DEEP_JSON = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const DEEP_FORM = `a${'[b]'.repeat(10_000)}=1`;
const TINY_PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

const encode = (record: Record<string, string>) =>
  Object.entries(record)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');

/** The request of the base itself, in the operation's natural encoding. */
function plain(op: Operation, base: Base, body?: Body): RequestSpec {
  const path = Object.fromEntries(Object.entries(base.path).map(([name, value]) => [name, encodeURIComponent(value)]));
  const natural: Body = op.multipart
    ? { kind: 'multipart', fields: {}, file: { field: 'file', content: TINY_PNG, filename: 'a.png', contentType: 'image/png' } }
    : op.hasBody
      ? { kind: 'json', value: base.body }
      : { kind: 'none' };
  return { body: body ?? natural, query: encode(base.query), path, headers: { ...base.headers } };
}

/** Whole-request cases: broken bodies, wrong content types, a 1 MB string, big headers. */
function requestCases(op: Operation): Omit<FuzzCase, 'withToken'>[] {
  const bodyInputs = op.inputs.filter((entry) => entry.in === 'body');
  const requiredBody = bodyInputs.some((entry) => entry.required);
  const firstField = bodyInputs.find((entry) => entry.type !== 'binary')?.name ?? 'x';
  const formFields = bodyInputs.filter((entry) => entry.type !== 'binary');
  const raw = (label: string, contentType: string, text: string, mustFail: boolean) => ({
    label,
    mustFail,
    sent: [],
    build: (base: Base) => plain(op, base, { kind: 'raw', contentType, text }),
  });
  // A GET's body has no meaning in HTTP: the server never reads it, so a broken one cannot fail the request.
  const bodyRead = op.method !== 'get';
  const cases: Omit<FuzzCase, 'withToken'>[] = [
    raw('invalid JSON', 'application/json', '{"broken": ', bodyRead),
    raw('JSON scalar body', 'application/json', '12345', bodyRead),
    raw('JSON array body', 'application/json', '[{"a":1},{"$gt":""}]', op.hasBody),
    raw('text/plain body', 'text/plain', 'hello there', requiredBody),
    raw('application/xml body', 'application/xml', '<?xml version="1.0"?><user><name>x</name></user>', requiredBody),
    raw('empty JSON object', 'application/json', '{}', requiredBody),
    raw('JSON nested 10,000 deep', 'application/json', `{"${firstField}":${DEEP_JSON}}`, bodyRead),
    {
      label: '1 MB string',
      mustFail: bodyRead,
      sent: [],
      build: (base) => plain(op, base, { kind: 'json', value: { ...base.body, [firstField]: ONE_MB } }),
    },
    {
      label: 'headers of about 12 KB',
      mustFail: false,
      sent: [],
      build: (base) => {
        const spec = plain(op, base);
        for (let i = 1; i <= 3; i++) spec.headers[`x-fuzz-${i}`] = 'h'.repeat(4000);
        return spec;
      },
    },
  ];
  if (op.contentTypes.includes('application/x-www-form-urlencoded') && formFields.length) {
    const text = formFields.map((entry) => `${encodeURIComponent(entry.name)}[$gt]=1`).join('&');
    cases.push(raw('form with operator objects in every field', 'application/x-www-form-urlencoded', text, true));
    cases.push(raw('form key nested 10,000 deep', 'application/x-www-form-urlencoded', DEEP_FORM, true));
  }
  return cases;
}

interface Value {
  label: string;
  value: unknown;
  wrongType: boolean;
}

/** The values every documented body field receives in turn. */
function valuesFor(field: Input, index: number, coerced: boolean): Value[] {
  return [
    { label: 'nested object', value: { a: { b: 'c' } }, wrongType: true },
    { label: 'operator object', value: { $gt: '' }, wrongType: true },
    { label: 'array', value: ['a', 'b'], wrongType: true },
    { label: 'null', value: null, wrongType: false },
    field.type === 'number'
      ? { label: 'text for a number', value: 'abc', wrongType: true }
      : { label: 'number for a string', value: 12345, wrongType: field.type === 'string' && !coerced },
    { label: '10 KB string', value: LONG_TEXT, wrongType: false },
    { label: 'control and NUL bytes', value: CONTROL, wrongType: false },
    { label: 'SQL injection', value: SQL_INJECTIONS[index % SQL_INJECTIONS.length], wrongType: false },
  ];
}

function bodyFieldCases(op: Operation, field: Input, index: number, coerced: boolean): Omit<FuzzCase, 'withToken'>[] {
  if (field.type === 'binary') return fileCases(op, field);
  return valuesFor(field, index, coerced).map(({ label, value, wrongType }) => ({
    label: `${field.name}: ${label}`,
    mustFail: wrongType || (value === null && field.required),
    sent: typeof value === 'string' ? [value] : [],
    build: (base: Base) => plain(op, { ...base, body: { ...base.body, [field.name]: value } }),
  }));
}

function fileCases(op: Operation, field: Input): Omit<FuzzCase, 'withToken'>[] {
  const multipart = (label: string, body: Body, mustFail: boolean) => ({ label: `${field.name}: ${label}`, mustFail, sent: [], build: (base: Base) => plain(op, base, body) });
  const file = (content: Buffer, filename: string, contentType: string) => ({ field: field.name, content, filename, contentType });
  return [
    multipart('text instead of a file', { kind: 'multipart', fields: { [field.name]: "' OR 1=1 --" } }, true),
    multipart('garbage bytes named .png', { kind: 'multipart', fields: {}, file: file(Buffer.from('not an image \u0000\u0001'), 'a.png', 'image/png') }, true),
    multipart('SQL and NUL in the file name', { kind: 'multipart', fields: {}, file: file(TINY_PNG, "x'; DROP TABLE files;--\u0000.png", 'image/png') }, false),
    multipart('1 MB of zeros', { kind: 'multipart', fields: {}, file: file(Buffer.alloc(1024 * 1024), 'zeros.jpg', 'image/jpeg') }, true),
  ];
}

/** Query, path and header values: text only, and within Node's header size (the URL counts). */
function parameterCases(op: Operation, field: Input, index: number): Omit<FuzzCase, 'withToken'>[] {
  const sql = SQL_INJECTIONS[index % SQL_INJECTIONS.length];
  const texts: [string, string][] =
    field.in === 'header'
      ? [['JSON object text', '{"$gt":""}'], ['8 KB value', HEADER_TEXT], ['tab and Latin-1 bytes', 'a\tb\u00ff\u00e9'], ['SQL injection', sql], ['empty', '']]
      : [['operator text', '{"$gt":""}'], ['8 KB value', HEADER_TEXT], ['control and NUL bytes', CONTROL.slice(0, 8)], ['SQL injection', sql], ['path traversal', '../../../etc/passwd'], ['huge number', '99999999999999999999999']];
  return texts.map(([label, value]) => ({
    label: `${field.in} ${field.name}: ${label}`,
    // A path names a resource: none of these values names one.
    mustFail: field.in === 'path',
    sent: [value],
    build: (base: Base) => {
      const spec = plain(op, base);
      if (field.in === 'header') spec.headers[field.name] = value;
      if (field.in === 'path') spec.path[field.name] = encodeURIComponent(value);
      if (field.in === 'query') spec.query = encode({ ...base.query, [field.name]: value });
      return spec;
    },
  })).concat(
    field.in === 'query'
      ? [{ label: `query ${field.name}: repeated`, mustFail: false, sent: [], build: (base: Base) => ({ ...plain(op, base), query: `${encode(base.query)}&${field.name}=a&${field.name}=b&${field.name}[$gt]=` }) }]
      : [],
  );
}

/**
 * Every case of an operation. Whole-request cases run without a token and, where
 * the operation takes one, with a valid one; field cases run once, with the
 * token where one is needed (without it the guard answers before any field is read).
 * `coerced` names fields whose contract documents accepting a number for a string.
 */
export function casesFor(op: Operation, coerced: Set<string> = new Set()): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const entry of requestCases(op)) {
    cases.push({ ...entry, withToken: false, mustFail: entry.mustFail || op.needsToken });
    if (op.needsToken) cases.push({ ...entry, withToken: true });
  }
  op.inputs.forEach((field, index) => {
    const fieldCases = field.in === 'body' ? bodyFieldCases(op, field, index, coerced.has(field.name)) : parameterCases(op, field, index);
    for (const entry of fieldCases) cases.push({ ...entry, withToken: op.needsToken });
  });
  return cases;
}

/** The base request of an operation from its documented samples. */
export function documentedBase(op: Operation): Base {
  const base: Base = { body: {}, query: {}, path: {}, headers: {} };
  for (const field of op.inputs) {
    if (field.type === 'binary') continue;
    if (field.in === 'body') base.body[field.name] = field.sample;
    else base[field.in === 'header' ? 'headers' : field.in][field.name] = String(field.sample);
  }
  return base;
}
