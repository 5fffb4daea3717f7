import type { Severity } from '../core/check/index.ts';

/** How the CLI's reports name a finding's severity. */
export const SEVERITY_WORD: Record<Severity, string> = { error: 'fel', warning: 'varning', info: 'info' };
