export * from './rule.ts';
export { RULES } from '../rules/index.ts';
export { checkProtocol, ruleProfiles, hasErrors } from './check.ts';
export * from './meeting-profile.ts';
export { checkConfig, CheckConfigSchema, DEFAULT_CHECK_CONFIG } from './config.ts';
