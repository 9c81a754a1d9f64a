import { AnswerFailuresAs, StepFailedError, Surface } from '@app/facade-kit';
import { vcodeFailureAnswer, VcodeOperation, VcodeStep } from './vcode-errors';

const STEPS = new Set<string>(Object.values(VcodeStep));

/**
 * vcode answers HTTP 200 with `{code, message}` for every failure, by the
 * table of the operation that failed. It owns /api/vcode and the routes of its
 * controllers under /api/user (registered from them): infinite owns the rest
 * of /api/user (routing is case-sensitive, so /api/user/login is theirs).
 */
export const VCODE_SURFACE: Surface<VcodeOperation> = {
  name: 'vcode',
  prefixes: ['/api/vcode'],
  presentFailure(failure, request) {
    const step = request.step !== null && STEPS.has(request.step) ? (request.step as VcodeStep) : null;
    return { status: 200, body: vcodeFailureAnswer(failure, request.operation, step) };
  },
};

/** A vcode operation: its failures answer in the vcode envelope, by its own table. */
export const VcodeSurface = (operation: VcodeOperation) => AnswerFailuresAs(VCODE_SURFACE, operation);

/** Runs one step of a handler; if it fails, the failure is answered as that step's. */
export async function asStep<T>(step: VcodeStep, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new StepFailedError(step, error);
  }
}
