import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldViolations } from '@app/accounts';
import { RequestValidationError } from './surface-failure';

/** Rules that say a value is missing or empty: the first thing to tell a client. */
const PRESENCE_RULES = ['isDefined', 'isNotEmpty', 'notBlank', 'notNull'];
/** Rules about a value's type, told before its length or format. */
const TYPE_RULES = ['isString', 'isInt', 'isNumber', 'isBoolean', 'isObject', 'isArray'];

/**
 * The one rule a field is reported for: "required" when it is absent (a field
 * that may be absent is @IsOptional and never fails so), else a presence rule,
 * else a type rule, else the first of its other rules as written. class-validator
 * lists the rules a value broke in the order the decorators ran, which is
 * bottom-up: the reverse of how they are written.
 */
function firstBrokenRule(error: ValidationError): string {
  const broken = Object.keys(error.constraints ?? {}).reverse();
  const presence = PRESENCE_RULES.find((rule) => broken.includes(rule));
  if (presence) return presence;
  if (error.value === undefined || error.value === null) return 'isDefined';
  return TYPE_RULES.find((rule) => broken.includes(rule)) ?? broken[0];
}

function collect(errors: ValidationError[], prefix: string, into: FieldViolations): void {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[field] = [firstBrokenRule(error)];
    if (error.children?.length) collect(error.children, field, into);
  }
}

/**
 * DTO validation for every surface: unknown fields are dropped, known fields of
 * the wrong type fail. The failure carries, for each field, the one rule to
 * tell the client (class-validator names: isDefined, isNotEmpty, isString,
 * maxLength, ...); each surface words it for its envelope. Values stay in the
 * pipe: only field and rule names leave it.
 */
export function createValidationPipe(): ValidationPipe {
  return new BodyShapeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: false,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: true },
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
