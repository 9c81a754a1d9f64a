export * from './client-info';
export * from './envelope-exception.filter';
export * from './facade-kit.module';
export * from './surface-failure';
export * from './surface-registry';
export * from './token-guard';
export * from './validation';
export * from './uploads';
