import { z } from 'zod';
import type { PreviousMeeting } from '../history/numbering.ts';
import type { Paragraf, Protocol } from '../model/protocol.ts';
import type { SharedConfig } from './config.ts';
import type { ProfileId } from './meeting-profile.ts';

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
  /** How many times the same finding occurred, when more than once: it is reported once. */
  count: z.number().int().min(2).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** The values a message's `{{name}}` placeholders are filled with. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface RuleContext<Options = unknown> {
  protocol: Protocol;
  /** The configuration every rule shares, and the rule's own options (fields of the same file). */
  config: SharedConfig & Options;
  /** The source text's lines when the protocol was parsed from text (index 0 is line 1). */
  sourceLines: readonly string[] | null;
  /** The source text itself, for rules that search across line breaks. */
  sourceText: string | null;
  /** The body's previous meeting this year in the decision-history feed, when the check was given a feed. */
  previousMeeting?: PreviousMeeting | null;
}

/** What a rule reports: which of its messages, filled with what; the runner words it and adds the rule id and severity. */
export interface RuleHit {
  paragraph: Paragraf | null;
  line?: number | null;
  messageId: string;
  data: MessageData;
}

/**
 * The schema of a rule's own options: an object whose fields are keys of the configuration file
 * (`protokoll.config.json`), each with its default.
 */
export type OptionsSchema<Options> = z.ZodType<Options, unknown> & { shape: Record<string, z.ZodType> };

export interface Rule<Options = unknown> {
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
  /** One message per problem the rule reports, in Swedish, by id; `{{name}}` is filled from the hit's data. */
  messages: Readonly<Record<string, string>>;
  options?: OptionsSchema<Options>;
  check(ctx: RuleContext<Options>): RuleHit[];
}
