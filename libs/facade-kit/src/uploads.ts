import {
  BadRequestException,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  HttpException,
  Injectable,
  mixin,
  NestInterceptor,
  PayloadTooLargeException,
  Type,
} from '@nestjs/common';
import type { Multipart } from '@fastify/multipart';
import { Observable } from 'rxjs';
import type { HttpRequest } from './http';

/**
 * The most bytes an upload may carry before the core looks at it. The core's
 * own cap (MAX_UPLOAD_BYTES, 5 MB) answers in each contract's envelope; this
 * only bounds memory.
 */
export const UPLOAD_HARD_LIMIT_BYTES = 16 * 1024 * 1024;

/** One file of a multipart body, read into memory. */
export interface UploadedBytes {
  buffer: Buffer;
  originalName: string;
}

type UploadingRequest = HttpRequest & { uploadedFile?: UploadedBytes };

/** @fastify/multipart's error when a file passes its fileSize limit. */
const FILE_TOO_LARGE = 'FST_REQ_FILE_TOO_LARGE';

/**
 * Reads the one file of field `field` from a multipart body (text fields are
 * ignored). A file under another field name or a second file is a malformed
 * request, as is a body the multipart parser cannot read; a file over
 * UPLOAD_HARD_LIMIT_BYTES is too large. A request that is not multipart has no file.
 */
export function SingleFileUpload(field: string): Type<NestInterceptor> {
  @Injectable()
  class SingleFileUploadInterceptor implements NestInterceptor {
    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const request = context.switchToHttp().getRequest<UploadingRequest>();
      if (request.isMultipart()) request.uploadedFile = await readSingleFile(request.parts({ limits: { fileSize: UPLOAD_HARD_LIMIT_BYTES } }), field);
      return next.handle();
    }
  }
  return mixin(SingleFileUploadInterceptor);
}

async function readSingleFile(parts: AsyncIterable<Multipart>, field: string): Promise<UploadedBytes | undefined> {
  let upload: UploadedBytes | undefined;
  let refusal: BadRequestException | undefined;
  try {
    // The whole body is read even after a refusal (the other files discarded),
    // so the client is never left blocked sending bytes nobody reads.
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      if (!refusal && part.fieldname !== field) refusal = new BadRequestException('Unexpected field');
      if (!refusal && upload) refusal = new BadRequestException('Too many files');
      if (refusal) part.file.resume();
      else upload = { buffer: await part.toBuffer(), originalName: part.filename };
    }
  } catch (error) {
    if (error instanceof HttpException) throw error;
    if ((error as { code?: string })?.code === FILE_TOO_LARGE) throw new PayloadTooLargeException('File too large');
    throw new BadRequestException('the multipart body is malformed');
  }
  if (refusal) throw refusal;
  return upload;
}

/** The file SingleFileUpload read, or undefined. */
export const UploadedFile = createParamDecorator(
  (_: unknown, context: ExecutionContext): UploadedBytes | undefined => context.switchToHttp().getRequest<UploadingRequest>().uploadedFile,
);
