import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldViolations } from '@app/accounts';
import { RequestValidationError } from './surface-failure';

function collect(errors: ValidationError[], prefix: string, into: FieldViolations): void {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[field] = Object.keys(error.constraints);
    if (error.children?.length) collect(error.children, field, into);
  }
}

/**
 * DTO validation for every surface: unknown fields are dropped, known fields of
 * the wrong type fail. The failure carries each field's broken rules
 * (class-validator names: isNotEmpty, maxLength, matches, ...); each surface
 * renames them for its envelope.
 */
export function createValidationPipe(): ValidationPipe {
  return new BodyShapeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: false,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields: FieldViolations = {};
      collect(errors, '', fields);
      const first = Object.entries(fields)[0];
      return new RequestValidationError(fields, first ? `${first[0]}: ${first[1].join(', ')}` : 'invalid request');
    },
  });
}

/** A JSON body that is an array or a scalar is refused before the DTO sees it. */
class BodyShapeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto = typeof metadata.metatype === 'function' && !PRIMITIVES.has(metadata.metatype);
    if (metadata.type === 'body' && isDto && value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw new RequestValidationError({ body: ['isObject'] }, 'the body must be an object');
    }
    return super.transform(value, metadata);
  }
}

const PRIMITIVES = new Set<unknown>([String, Number, Boolean, Object, Array]);
