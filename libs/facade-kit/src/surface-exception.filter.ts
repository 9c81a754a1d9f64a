import { ArgumentsHost, Catch, ExceptionFilter, mixin, Type, UseFilters } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { answerFailure } from './envelope-exception.filter';
import { Surface } from './surface-registry';

/** The filter that answers every failure of a handler in `surface`'s envelope, as `operation`. */
export function SurfaceExceptionFilter<Operation extends string>(surface: Surface<Operation>, operation: Operation | null): Type<ExceptionFilter> {
  @Catch()
  class HandlerSurfaceFilter implements ExceptionFilter {
    constructor(private readonly adapterHost: HttpAdapterHost) {}

    catch(exception: unknown, host: ArgumentsHost): void {
      answerFailure(exception, host, this.adapterHost.httpAdapter, surface, operation);
    }
  }
  return mixin(HandlerSurfaceFilter);
}

/**
 * Which contract answers the failures of this controller or handler (its
 * guards, pipes and body included), and as which of its operations: known from
 * the handler that ran, not from the URL. A handler's own overrides its
 * controller's, as Nest prefers the nearer filter.
 */
export function AnswerFailuresAs<Operation extends string>(surface: Surface<Operation>, operation?: Operation): ClassDecorator & MethodDecorator {
  return UseFilters(SurfaceExceptionFilter(surface, operation ?? null));
}
