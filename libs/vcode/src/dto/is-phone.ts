import { ValidateBy, ValidationOptions } from 'class-validator';
import { parsePhone } from '@app/accounts';

/** 13812345678, +8613812345678 or 86 138 1234 5678: the formats the core accepts. */
export function IsPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parsePhone(value) !== null,
        defaultMessage: () => '$property must be a phone number',
      },
    },
    options,
  );
}
