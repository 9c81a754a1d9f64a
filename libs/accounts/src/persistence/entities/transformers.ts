import { ValueTransformer } from 'typeorm';

/** MySQL answers BIGINT as a string; ids stay safe JavaScript integers. */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};

export const nullableBigintNumber = bigintNumber;
