export * from './oauth-v1.module';
export { OAUTH_V1_TAG } from './oauth-v1-docs';
