export * from './vcode.module';
export { VCODE_TAG } from './vcode-docs';
