export * from './formats.ts';
export * from './config.ts';
export * from './casenumber.ts';
