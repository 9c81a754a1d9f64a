export * from './users.module';

/** Swagger tag of this contract. */
export const USERS_TAG = { name: 'users', description: 'The users legacy contract.' };
