export * from './infinite.module';

/** Swagger tag of this contract. */
export const INFINITE_TAG = { name: 'infinite', description: 'The infinite legacy contract.' };
