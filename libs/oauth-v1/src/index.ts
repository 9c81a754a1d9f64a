export * from './oauth-v1.module';

/** Swagger tag of this contract. */
export const OAUTH_V1_TAG = { name: 'oauth-v1', description: 'The oauth-v1 legacy contract.' };
