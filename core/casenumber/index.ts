export * from './formats.ts';
export * from './config.ts';
export * from './casenumber.ts';
export * from './case-key.ts';
export * from './learn-formats.ts';
