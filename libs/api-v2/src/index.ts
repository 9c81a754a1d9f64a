export * from './api-v2.module';
export { PROBLEM_TYPE_BASE } from './v2-surface';
