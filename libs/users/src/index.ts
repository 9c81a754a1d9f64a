import { usersTagDescription } from './users-docs';

export * from './users.module';

/** Swagger tag of this contract: envelope, token header and error table. */
export const USERS_TAG = { name: 'users', description: usersTagDescription() };
