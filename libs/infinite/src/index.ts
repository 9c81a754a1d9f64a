export * from './infinite.module';
export { INFINITE_TAG } from './infinite-docs';
