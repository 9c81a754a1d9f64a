import { createParamDecorator, ExecutionContext, Injectable, PipeTransform } from '@nestjs/common';
import { AccountsCrypto } from '@app/accounts';
import { type HttpRequest, RequestValidationError } from '@app/facade-kit';

/** Long enough for the base64 RSA-OAEP ciphertext of a 4096-bit key. */
const WORD_INFO_MAX_LENGTH = 1024;

const WordInfoHeader = createParamDecorator((_: unknown, context: ExecutionContext): unknown =>
  context.switchToHttp().getRequest<HttpRequest>().headers['word-info'],
);

/**
 * Turns the `word-info` header into the password: the plain password, or the
 * base64 RSA-OAEP(SHA-256) ciphertext made with GET /users/public-key, which
 * the core's key decrypts. Absent stays undefined; the handler says when it is required.
 */
@Injectable()
export class RevealWordInfoPipe implements PipeTransform<unknown, string | undefined> {
  constructor(private readonly crypto: AccountsCrypto) {}

  transform(value: unknown): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new RequestValidationError({ 'word-info': ['isString'] }, 'word-info must be one header');
    if (value.length > WORD_INFO_MAX_LENGTH) throw new RequestValidationError({ 'word-info': ['maxLength'] }, 'word-info is too long');
    return value === '' ? '' : this.crypto.wordInfo.reveal(value);
  }
}

/** The password of header `word-info`, revealed. */
export const WordInfo = () => WordInfoHeader(RevealWordInfoPipe);

/** Throws the contract's validation error when the password is missing. */
export function requirePassword(password: string | undefined): string {
  if (!password) throw new RequestValidationError({ 'word-info': ['isNotEmpty'] }, 'word-info: the password header is required');
  return password;
}
