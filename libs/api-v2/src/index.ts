import { v2TagDescription } from './v2-docs';

export * from './api-v2.module';
export { PROBLEM_TYPE_BASE } from './v2-surface';

/** Swagger tag of the v2 API: envelope, token header and error table. */
export const V2_TAG = { name: 'v2', description: v2TagDescription() };
