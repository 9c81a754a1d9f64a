import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Request rules named as the contract reports them in data.ruleViolated
 * (notBlank, notNull, length, pattern, notContainsDict), so the surface can
 * pass class-validator's constraint names through unchanged.
 */

/** Present and not only whitespace. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== ''),
        defaultMessage: () => '$property must not be blank',
      },
    },
    options,
  );
}

/** Present, though it may be empty (an empty text clears the field). */
export function NotNull(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'notNull', validator: { validate: (value: unknown) => value !== undefined && value !== null, defaultMessage: () => '$property is required' } },
    options,
  );
}

/** A text, when present (absent values are the business of NotBlank / NotNull / IsOptional). */
export function IsText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'pattern',
      validator: {
        validate: (value: unknown) => value === undefined || value === null || typeof value === 'string',
        defaultMessage: () => '$property must be a string',
      },
    },
    options,
  );
}

/** At most `max` characters (code points), as the document's string(N). */
export function MaxChars(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'length',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || [...value].length <= max,
        defaultMessage: () => `$property must be at most ${max} characters`,
      },
    },
    options,
  );
}

/** One of a dictionary's values (the document's 数据字典). */
export function InDictionary(values: readonly unknown[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notContainsDict',
      constraints: [values],
      validator: {
        validate: (value: unknown) => value === undefined || value === null || values.includes(value),
        defaultMessage: () => `$property must be one of ${values.join(', ')}`,
      },
    },
    options,
  );
}

/** Digit fields (phone numbers, codes) often arrive as JSON numbers: take them as their text. */
export const NumberAsText = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value));
