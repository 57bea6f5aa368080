export * from './lib/limits';
export * from './lib/enums';
export * from './lib/handle';
export * from './lib/password';
export * from './lib/socket-events';
export * from './lib/moderation';
export * from './lib/analytics-metrics';
