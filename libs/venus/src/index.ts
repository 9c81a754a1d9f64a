export * from './venus.module';

/** Swagger tag of this contract. */
export const VENUS_TAG = { name: 'venus', description: 'The venus legacy contract.' };
