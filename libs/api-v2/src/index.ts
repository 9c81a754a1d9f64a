export * from './v2.module';
export { V2_TAG } from './v2-docs';
export { PROBLEM_TYPE_BASE } from './v2-surface';
