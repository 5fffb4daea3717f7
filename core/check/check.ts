import type { Protocol } from '../model/protocol.ts';
import { splitLines } from '../text/lines.ts';
import { DEFAULT_CHECK_CONFIG } from './config.ts';
import { RULES } from '../rules/index.ts';
import { meetingProfile, type ProfileId } from './meeting-profile.ts';
import type { CheckConfig, Finding, Rule } from './rule.ts';

export interface CheckOptions {
  config?: CheckConfig;
  /** The text the protocol was parsed from, for line numbers in findings. */
  sourceText?: string;
  rules?: readonly Rule[];
  /** The profile to check under; by default decided by `meetingProfile` from the body and the config. */
  profile?: ProfileId;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The profiles a rule applies in; a rule that names none is for bodies under Kommunallagen. */
export const ruleProfiles = (rule: Rule): readonly ProfileId[] => rule.profiles ?? ['kommunallagen'];

/** Runs every rule of the protocol's profile over it; findings come sorted by paragraph and line. */
export function checkProtocol(protocol: Protocol, options: CheckOptions = {}): Finding[] {
  const config = options.config ?? DEFAULT_CHECK_CONFIG;
  const profile = options.profile ?? meetingProfile(protocol.body, config.profile).id;
  const sourceText = options.sourceText ?? null;
  // Split only when a rule asks: most rules on most protocols find nothing and need no line numbers.
  let lines: string[] | null | undefined;
  const ctx = {
    protocol,
    config,
    sourceText,
    get sourceLines() {
      if (lines === undefined) lines = sourceText === null ? null : splitLines(sourceText);
      return lines;
    },
  };
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    const severity = config.severities[rule.id] ?? rule.severity;
    if (severity === 'off' || !ruleProfiles(rule).includes(profile)) continue;
    for (const hit of rule.check(ctx)) {
      findings.push({
        rule: rule.id,
        severity,
        paragraph: hit.paragraph?.number ?? null,
        line: hit.line ?? hit.paragraph?.line ?? null,
        message: hit.message,
      });
    }
  }
  return findings.sort(
    (a, b) =>
      (a.paragraph ?? -1) - (b.paragraph ?? -1) || (a.line ?? 0) - (b.line ?? 0) || ORDER[a.severity] - ORDER[b.severity],
  );
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
