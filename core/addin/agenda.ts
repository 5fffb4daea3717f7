import type { Paragraf } from '../model/protocol.ts';
import { DEFAULT_CASE_NUMBER_CONFIG, findCaseNumbers, type CaseNumberConfig } from '../casenumber/index.ts';
import { emptyEntryInput, fillTemplate, templateByTitle, type BodyName, type TemplateId } from '../templates/index.ts';

/** One item of a föredragningslista. */
export interface AgendaItem {
  /** The item's number as the agenda writes it (a list position or a § number). */
  written: number;
  /** Whether the agenda numbers items with `§` (then numbers are the protocol's own). */
  paragraphNumber: boolean;
  title: string;
  /** Canonical case numbers, in the order written. */
  caseNumbers: string[];
  /** The agenda's group heading above the item ("Beslutsärenden"), or null. */
  group: string | null;
  type: TemplateId;
  /** 1-based line of the item in the pasted text. */
  line: number;
}

export interface AgendaImport {
  items: AgendaItem[];
  /** Lines that were neither an item, a case number, a group heading nor a known note: shown to the clerk, not lost silently. */
  unread: { line: number; text: string }[];
}

const ITEM = /^(?:§\s*(\d{1,4})|(\d{1,3})\s*[.):]?)\s+(\S.*)$/u;
const GROUPS: [RegExp, TemplateId | null][] = [
  [/^informations?ärenden?$|^informationer$|^information$/i, 'informationsarende'],
  [/^beslutsärenden?$|^ärenden för beslut$/i, 'beslutsarende'],
  [/^(?:anmälnings|delgivnings)ärenden?$|^anmälningar$|^delegationsbeslut$/i, 'delegationsbeslut'],
  [/^(?:inledande|formella) ärenden$|^inledning$|^övriga (?:frågor|ärenden)$/i, null],
];
/** Notes under an item that are not part of the entry's skeleton. */
const NOTE = /^(?:föredragande|handläggare|ansvarig|bilagor?|tid|kl\.?|klockan)\b|^\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$/i;
const AGENDA_HEAD = /^(?:föredragningslista|dagordning|kallelse)\b/i;

/** The paragraph type an item's title asks for by the templates' title patterns; the group's type otherwise. */
function typeOf(title: string, group: TemplateId | null): TemplateId {
  return templateByTitle(title) ?? group ?? 'beslutsarende';
}

/** Takes the case numbers out of a line, with the "Dnr" and brackets around them. */
function splitCaseNumbers(text: string, config: CaseNumberConfig): { rest: string; caseNumbers: string[] } {
  const found = findCaseNumbers(text, config);
  let rest = text;
  for (const m of [...found].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  rest = rest
    .replace(/\b(?:dnr|diarienummer|diarienr)\.?:?/gi, '')
    .replace(/\(\s*[,;]?\s*\)|\[\s*\]/g, '')
    .replace(/(?:\s*[,;–-])+\s*$/u, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { rest, caseNumbers: found.map((m) => m.caseNumber.canonical) };
}

/**
 * Reads a pasted föredragningslista: numbered lines ("1.", "1)", "§ 218"), titles wrapped over
 * several lines, case numbers on the item's line or the lines under it (any configured format),
 * and group headings ("Informationsärenden") that set the items' type.
 */
export function parseAgenda(text: string, config: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG): AgendaImport {
  const items: AgendaItem[] = [];
  const unread: AgendaImport['unread'] = [];
  let group: string | null = null;
  let groupType: TemplateId | null = null;
  let previousWasItem = false;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.replace(/[\t\u00A0]+/g, ' ').replace(/^[\s•·\-–*]+(?=\d|§)/u, '').trim();
    const last = items[items.length - 1];
    if (!line) {
      previousWasItem = false;
      return;
    }
    const item = ITEM.exec(line);
    if (item) {
      const { rest, caseNumbers } = splitCaseNumbers(item[3]!, config);
      if (rest) {
        items.push({
          written: Number(item[1] ?? item[2]),
          paragraphNumber: item[1] !== undefined,
          title: rest,
          caseNumbers,
          group,
          type: typeOf(rest, groupType),
          line: i + 1,
        });
        previousWasItem = true;
        return;
      }
    }
    const { rest, caseNumbers } = splitCaseNumbers(line, config);
    if (caseNumbers.length > 0 && rest === '' && last) {
      last.caseNumbers.push(...caseNumbers.filter((c) => !last.caseNumbers.includes(c)));
      return;
    }
    const groupMatch = GROUPS.find(([re]) => re.test(line.replace(/:$/, '')));
    if (groupMatch) {
      group = line.replace(/:$/, '');
      groupType = groupMatch[1];
      previousWasItem = false;
      return;
    }
    if (NOTE.test(line) || (items.length === 0 && (AGENDA_HEAD.test(line) || caseNumbers.length === 0))) return;
    // A wrapped title goes on in lower case right under its item.
    if (previousWasItem && last && /^\p{Ll}/u.test(line)) {
      last.title = `${last.title} ${rest}`.trim();
      last.caseNumbers.push(...caseNumbers.filter((c) => !last.caseNumbers.includes(c)));
      last.type = typeOf(last.title, groupType);
      return;
    }
    unread.push({ line: i + 1, text: raw.trim() });
  });
  return { items, unread };
}

export interface SkeletonOptions {
  /** The § number of the first item, when the agenda numbers by list position (numbers continue from the previous meeting). */
  firstNumber: number;
  /** The body that meets, for the templates' standard phrasing. */
  body: string | BodyName;
}

/**
 * The skeleton of every item: number, title, case numbers and the section headings of its
 * paragraph type, with placeholders where the clerk is still to write. Numbers follow the
 * agenda's order from the first number (its own § number when the agenda has one).
 */
export function agendaSkeleton(items: readonly AgendaItem[], options: SkeletonOptions): Paragraf[] {
  const first = items[0]?.paragraphNumber ? items[0].written : options.firstNumber;
  return items.map((item, i) => {
    const input = { ...emptyEntryInput(item.type, first + i), title: item.title, caseNumbers: item.caseNumbers };
    return fillTemplate(input, { body: options.body });
  });
}
