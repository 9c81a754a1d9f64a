import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parse as parseForm } from 'qs';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** What a body that cannot be parsed is called (the same words body-parser's errors led to). */
const MALFORMED_BODY = 'the request is malformed';

/** Most fields a form body may carry (more is "too large", as before). */
const FORM_PARAMETER_LIMIT = 100;

/**
 * Deepest nesting of objects and arrays a body may have (no contract needs more
 * than three). Nest's ValidationPipe and class-transformer walk a body by
 * recursion: without this bound, a 20 kB body nested 10,000 deep overflowed the
 * stack there and was answered 500.
 */
export const MAX_BODY_DEPTH = 32;

const DECOMPRESS: Record<string, (bytes: Buffer, options: { maxOutputLength: number }) => Buffer> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

type Done = (error: Error | null, value?: unknown) => void;
type CallbackParser = (request: FastifyRequest, text: string, done: Done) => void;

/**
 * The body parsers the legacy clients were built against (Express's body-parser),
 * on Fastify, so the same bytes get the same answers. JSON is parsed by Fastify's own
 * parser (secure-json-parse, with the adapter's `onProtoPoisoning` and
 * `onConstructorPoisoning`: `remove`); forms by qs (nested keys, at most
 * FORM_PARAMETER_LIMIT fields). What stays here is what neither gives:
 * - an empty body (no bytes at all) is `{}`, where Fastify answers FST_ERR_CTP_EMPTY_JSON_BODY;
 * - JSON must be an object or an array (body-parser's `strict`), where Fastify takes `12345`;
 * - nesting deeper than MAX_BODY_DEPTH is refused, in JSON and in form keys;
 * - a body of any other content type is ignored (undefined) instead of answered with 415;
 * - the charset: JSON in UTF-8 only, forms in UTF-8 or ISO-8859-1 (qs decodes `%E9` by it);
 * - gzip, deflate and br bodies are inflated, bounded by the same limit (Fastify inflates nothing).
 * @fastify/formbody does not fit: it hands its parser only the text (so no charset), and a
 * parser that throws there is an uncaught exception, not an answer (Fastify 5.11), so it
 * could neither refuse a deep key nor count the fields. Multipart is left to @fastify/multipart.
 */
export function registerBodyParsers(fastify: FastifyInstance, bodyLimit: number): void {
  const { onProtoPoisoning = 'error', onConstructorPoisoning = 'error' } = fastify.initialConfig;
  // Fastify's parser answers through its callback, synchronously.
  const fastifyJson = fastify.getDefaultJsonParser(onProtoPoisoning, onConstructorPoisoning) as CallbackParser;
  const parseJson: CallbackParser = (request, text, done) => {
    if (text.length === 0) return done(null, {});
    if (!isStrictJson(text)) return done(new BadRequestException(MALFORMED_BODY));
    fastifyJson(request, text, (error, value) => (error ? done(new BadRequestException(MALFORMED_BODY)) : done(null, value)));
  };
  const parseForms: CallbackParser = (request, text, done) => {
    let value: unknown;
    try {
      value = parseFormBody(text, charsetOf(request));
    } catch (error) {
      return done(error as Error);
    }
    done(null, value);
  };
  const read = (parse: CallbackParser, charsets: string[]) =>
    (request: FastifyRequest, body: Buffer, done: Done): void => {
      let text: string;
      try {
        text = decode(request, body, bodyLimit, charsets);
      } catch (error) {
        return done(error as Error);
      }
      parse(request, text, done);
    };
  fastify.removeAllContentTypeParsers();
  // Both read at most the server's bodyLimit (the adapter's option); inflating is bounded by the same.
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, read(parseJson, ['utf-8']));
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, read(parseForms, ['utf-8', 'iso-8859-1']));
  // Not read at all, as body-parser left it: Node discards the unread bytes once the answer is sent.
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}

function charsetOf(request: FastifyRequest): string {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
}

function decode(request: FastifyRequest, body: Buffer, limit: number, charsets: string[]): string {
  const charset = charsetOf(request);
  const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
  let bytes = body;
  if (encoding !== 'identity') {
    const decompress = DECOMPRESS[encoding];
    if (!decompress) throw new UnsupportedMediaTypeException(`unsupported content encoding "${encoding}"`);
    try {
      bytes = decompress(body, { maxOutputLength: limit });
    } catch (error) {
      // By its code: under jest, Node's own errors are not instances of the sandbox's RangeError.
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new PayloadTooLargeException('request entity too large');
      throw new BadRequestException('the body could not be decompressed');
    }
  }
  if (charset === 'utf-8' && charsets.includes(charset)) return bytes.toString('utf8');
  if (charset === 'iso-8859-1' && charsets.includes(charset)) return bytes.toString('latin1');
  throw new UnsupportedMediaTypeException(`unsupported charset "${charset.toUpperCase()}"`);
}

/**
 * body-parser's strict JSON: only an object or an array, nested at most MAX_BODY_DEPTH deep
 * (measured on the text, before anything builds or visits the nesting).
 */
function isStrictJson(text: string): boolean {
  const first = /[^ \t\n\r]/.exec(text)?.[0];
  return (first === '{' || first === '[') && !jsonNestingExceeds(text, MAX_BODY_DEPTH);
}

const [QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = ['"', '\\', '{', '}', '[', ']'].map((char) => char.charCodeAt(0));

/**
 * Whether the JSON text opens more than `limit` objects or arrays inside one
 * another. One pass without recursion; brackets inside strings do not count.
 * Malformed text is left to the parser.
 */
export function jsonNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === BACKSLASH) i += 1;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return false;
}

function parseFormBody(text: string, charset: string): unknown {
  if (text.length === 0) return {};
  if (text.split('&').length > FORM_PARAMETER_LIMIT) throw new PayloadTooLargeException('too many parameters');
  try {
    return parseForm(text, {
      allowPrototypes: false,
      arrayLimit: FORM_PARAMETER_LIMIT,
      parameterLimit: FORM_PARAMETER_LIMIT,
      // `a[b]=1` is qs depth 1 and nests two objects: the same bound as JSON's. A deeper key is
      // refused (strictDepth) rather than kept whole as one key, so no deep structure is built.
      depth: MAX_BODY_DEPTH - 1,
      strictDepth: true,
      charset: charset as 'utf-8' | 'iso-8859-1',
    });
  } catch {
    throw new BadRequestException('the form body is malformed');
  }
}
