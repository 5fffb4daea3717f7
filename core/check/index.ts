export * from './rule.ts';
export { RULES } from '../rules/index.ts';
export { checkProtocol, runRules, ruleProfiles, hasErrors, type RuleReport } from './check.ts';
export * from './meeting-profile.ts';
export { parseCheckConfig, CheckConfigSchema, DEFAULT_CHECK_CONFIG, type CheckConfig, type SharedConfig } from './config.ts';
