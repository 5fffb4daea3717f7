export * from './rule.ts';
export { RULES } from './catalogue.ts';
export { checkProtocol, hasErrors } from './check.ts';
export { checkConfig, CheckConfigSchema, DEFAULT_CHECK_CONFIG } from './config.ts';
