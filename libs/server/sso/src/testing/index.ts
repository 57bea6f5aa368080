export * from './test-provider';
export * from './cookie-browser';
