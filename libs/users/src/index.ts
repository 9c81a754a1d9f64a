export * from './users.module';
export { USERS_TAG } from './users-docs';
