import type { PreviousMeeting } from '../history/numbering.ts';
import type { Protocol } from '../model/protocol.ts';
import { splitLines } from '../text/lines.ts';
import { DEFAULT_CHECK_CONFIG, type CheckConfig } from './config.ts';
import { RULES } from '../rules/index.ts';
import { meetingProfile, type ProfileId } from './meeting-profile.ts';
import type { Finding, MessageData, Rule } from './rule.ts';

export interface CheckOptions {
  config?: CheckConfig;
  /** The text the protocol was parsed from, for line numbers in findings. */
  sourceText?: string;
  rules?: readonly Rule[];
  /** The profile to check under; by default decided by `meetingProfile` from the body and the config. */
  profile?: ProfileId;
  /** The body's previous meeting this year in the decision-history feed (core/history/numbering.ts), for the numbering across meetings. */
  previousMeeting?: PreviousMeeting | null;
}

/** A finding with what it was worded from: the rule's message id and the data filled into it. */
export interface RuleReport extends Finding {
  messageId: string;
  data: MessageData;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A rule's message with its `{{name}}` placeholders filled; a message or a value missing is the rule's mistake. */
function wordMessage(rule: Rule, messageId: string, data: MessageData): string {
  const template = (rule.messages as Record<string, string | undefined>)[messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message ${messageId}`);
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`rule ${rule.id}, message ${messageId}: no value for {{${name}}}`);
    return String(value);
  });
}

/** The profiles a rule applies in; a rule that names none is for bodies under Kommunallagen. */
export const ruleProfiles = (rule: Rule): readonly ProfileId[] => rule.profiles ?? ['kommunallagen'];

/** Runs every rule of the protocol's profile over it; reports come sorted by paragraph and line. */
export function runRules(protocol: Protocol, options: CheckOptions = {}): RuleReport[] {
  const config = options.config ?? DEFAULT_CHECK_CONFIG;
  const profile = options.profile ?? meetingProfile(protocol.body, config.profile).id;
  const sourceText = options.sourceText ?? null;
  // Split only when a rule asks: most rules on most protocols find nothing and need no line numbers.
  let lines: string[] | null | undefined;
  const ctx = {
    protocol,
    config,
    sourceText,
    previousMeeting: options.previousMeeting ?? null,
    get sourceLines() {
      if (lines === undefined) lines = sourceText === null ? null : splitLines(sourceText);
      return lines;
    },
  };
  const reports: RuleReport[] = [];
  // The same finding again (a reference repeated 100 000 times) is counted, not listed again.
  const seen = new Map<string, RuleReport>();
  for (const rule of options.rules ?? RULES) {
    const severity = config.severities[rule.id] ?? rule.severity;
    if (severity === 'off' || !ruleProfiles(rule).includes(profile)) continue;
    for (const hit of rule.check(ctx)) {
      const paragraph = hit.paragraph?.number ?? null;
      const line = hit.line ?? hit.paragraph?.line ?? null;
      const message = wordMessage(rule, hit.messageId, hit.data);
      const key = `${rule.id}\0${paragraph}\0${line}\0${message}`;
      const same = seen.get(key);
      if (same) {
        same.count = (same.count ?? 1) + 1;
        continue;
      }
      const report: RuleReport = { rule: rule.id, severity, paragraph, line, message, messageId: hit.messageId, data: hit.data };
      seen.set(key, report);
      reports.push(report);
    }
  }
  return reports.sort(
    (a, b) =>
      (a.paragraph ?? -1) - (b.paragraph ?? -1) || (a.line ?? 0) - (b.line ?? 0) || ORDER[a.severity] - ORDER[b.severity],
  );
}

/** The findings of every rule of the protocol's profile, worded, sorted by paragraph and line. */
export function checkProtocol(protocol: Protocol, options: CheckOptions = {}): Finding[] {
  return runRules(protocol, options).map(({ rule, severity, paragraph, line, message, count }) =>
    count ? { rule, severity, paragraph, line, message, count } : { rule, severity, paragraph, line, message },
  );
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
