import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parse as parseForm } from 'qs';
import secureJson from 'secure-json-parse';
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

/**
 * The body parsers the legacy clients were built against (Express's
 * body-parser), rebuilt on Fastify so the same bytes get the same answers:
 * JSON must be UTF-8 and an object or an array, and an empty JSON body is `{}`; forms are
 * parsed by qs (nested keys, at most FORM_PARAMETER_LIMIT fields); gzip, deflate
 * and br bodies are inflated (bounded by the same limit); a body of any other
 * content type is ignored (undefined) instead of answered with 415.
 * Multipart is left to @fastify/multipart.
 */
export function registerBodyParsers(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeAllContentTypeParsers();
  const read = (parse: (text: string, charset: string) => unknown, charsets: string[]) =>
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void): void => {
      try {
        const { charset, text } = decode(request, body, bodyLimit, charsets);
        done(null, parse(text, charset));
      } catch (error) {
        done(error as Error);
      }
    };
  // Both read at most the server's bodyLimit (the adapter's option); inflating is bounded by the same.
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, read(parseJson, ['utf-8']));
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, read(parseFormBody, ['utf-8', 'iso-8859-1']));
  // Not read at all, as body-parser left it: Node discards the unread bytes once the answer is sent.
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}

function decode(request: FastifyRequest, body: Buffer, limit: number, charsets: string[]): { charset: string; text: string } {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
  const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
  let bytes = body;
  if (encoding !== 'identity') {
    const decompress = DECOMPRESS[encoding];
    if (!decompress) throw new UnsupportedMediaTypeException(`unsupported content encoding "${encoding}"`);
    try {
      bytes = decompress(body, { maxOutputLength: limit });
    } catch (error) {
      if (error instanceof RangeError) throw new PayloadTooLargeException('request entity too large');
      throw new BadRequestException('the body could not be decompressed');
    }
  }
  if (charset === 'utf-8' && charsets.includes(charset)) return { charset, text: bytes.toString('utf8') };
  if (charset === 'iso-8859-1' && charsets.includes(charset)) return { charset, text: bytes.toString('latin1') };
  throw new UnsupportedMediaTypeException(`unsupported charset "${charset.toUpperCase()}"`);
}

/** body-parser's strict JSON: only objects and arrays; an empty body (no bytes at all) is `{}`. */
function parseJson(text: string): unknown {
  if (text.length === 0) return {};
  const first = /[^ \t\n\r]/.exec(text)?.[0];
  if (first !== '{' && first !== '[') throw new BadRequestException(MALFORMED_BODY);
  // Measured on the text, before anything (parser or later walk) builds or visits the nesting.
  if (jsonNestingExceeds(text, MAX_BODY_DEPTH)) throw new BadRequestException(MALFORMED_BODY);
  try {
    // Keys that could reach a prototype are dropped, never merged.
    return secureJson.parse(text, undefined, { protoAction: 'remove', constructorAction: 'remove' });
  } catch {
    throw new BadRequestException(MALFORMED_BODY);
  }
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
