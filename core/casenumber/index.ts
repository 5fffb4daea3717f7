export * from './formats.ts';
export * from './config.ts';
export * from './casenumber.ts';
export * from './case-key.ts';
export * from './learn-formats.ts';
export { ANY_PREFIX } from './format-pattern.ts';
