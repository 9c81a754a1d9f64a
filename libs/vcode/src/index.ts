export * from './vcode.module';

/** Swagger tag of this contract. */
export const VCODE_TAG = { name: 'vcode', description: 'The vcode legacy contract.' };
