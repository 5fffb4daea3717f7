import { z } from 'zod';
import type { CaseNumberConfig } from '../casenumber/index.ts';
import type { Paragraph, Protocol } from '../model/protocol.ts';
import type { TemplateId } from '../templates/index.ts';
import type { ProfileId, ProfileSetting } from './meeting-profile.ts';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** Where a rule comes from: a provision of Kommunallagen (2017:725) or the house style. */
export interface RuleSource {
  kind: 'law' | 'house-style';
  /** e.g. "Kommunallagen (2017:725) 5 kap. 69 §" or "Husstil". */
  reference: string;
}

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** The § number, or null for the protocol as a whole. */
  paragraph: z.number().int().nullable(),
  /** 1-based line in the source text, or null where the source has no lines. */
  line: z.number().int().positive().nullable(),
  message: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export interface RuleContext {
  protocol: Protocol;
  config: CheckConfig;
  /** The source text's lines when the protocol was parsed from text (index 0 is line 1). */
  sourceLines: readonly string[] | null;
  /** The source text itself, for rules that search across line breaks. */
  sourceText: string | null;
}

/** What a rule reports; the runner adds the rule id and its (configured) severity. */
export interface RuleHit {
  paragraph: Paragraph | null;
  line?: number | null;
  message: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** What the rule checks, in Swedish, for the catalogue (`protokoll rules`, README). */
  description: string;
  source: RuleSource;
  /**
   * The profiles the rule applies in (core/check/meeting-profile.ts). Absent: only for bodies
   * under Kommunallagen. The structure rules, which hold for any minutes, list both.
   */
  profiles?: readonly ProfileId[];
  check(ctx: RuleContext): RuleHit[];
}

export interface CheckConfig {
  caseNumbers: CaseNumberConfig;
  /** Paragraph types that need a case number; the formal items do not. */
  caseNumberRequiredFor: readonly TemplateId[];
  /** Days after the meeting by which the protocol must be justerat. */
  justeringDays: number;
  /** Severity overrides per rule id; "off" turns a rule off. */
  severities: Readonly<Record<string, Severity | 'off'>>;
  /** Which rules apply: decided from the body that met (`auto`), or set. */
  profile: ProfileSetting;
}
