import { Injectable, OnModuleInit } from '@nestjs/common';
import { FailedRequest, FailureResponse, HttpRequest, Surface, SurfaceFailure, SurfaceRegistry } from '@app/facade-kit';
import { VCODE_OPERATION_PATHS, vcodeFailureAnswer, VcodeOperation, VcodeStep } from './vcode-errors';

const OPERATION_BY_PATH = new Map<string, VcodeOperation>(
  Object.entries(VCODE_OPERATION_PATHS).map(([operation, path]) => [path, operation as VcodeOperation]),
);

/** vcode's six /api/user routes, with and without a trailing slash (the router serves both). */
const USER_PATHS = Object.values(VCODE_OPERATION_PATHS)
  .filter((path) => path.startsWith('/api/user/'))
  .flatMap((path) => [path, `${path}/`]);

/** Which step of a request failed, when the document gives that step its own code. */
const failedSteps = new WeakMap<object, VcodeStep>();

/** Runs one step of a handler; if it fails, the failure is answered as that step's. */
export async function asStep<T>(request: HttpRequest, step: VcodeStep, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    failedSteps.set(request, step);
    throw error;
  }
}

/**
 * vcode answers HTTP 200 with `{code, message}` for every failure. It owns
 * /api/vcode and the EXACT paths of its /api/user routes: infinite owns the
 * rest of /api/user (routing is case-sensitive, so /api/user/login is theirs).
 */
@Injectable()
export class VcodeSurface implements Surface, OnModuleInit {
  readonly name = 'vcode';
  readonly prefixes = ['/api/vcode'];
  readonly paths = USER_PATHS;

  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  presentFailure(failure: SurfaceFailure, request: FailedRequest): FailureResponse {
    const operation = OPERATION_BY_PATH.get(request.path.replace(/(.)\/$/, '$1')) ?? null;
    return { status: 200, body: vcodeFailureAnswer(failure, operation, failedSteps.get(request.source) ?? null) };
  }
}
