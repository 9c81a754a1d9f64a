export * from './venus.module';
export { VENUS_TAG } from './venus-docs';
