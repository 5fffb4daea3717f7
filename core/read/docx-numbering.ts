import { xmlTokens } from './xml-tokens.ts';

/** Where a paragraph's number comes from: a numbering instance and a level in it. */
export interface NumberingRef {
  numId: string;
  ilvl: number;
}

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      let out = '';
      let rest = n;
      for (const [value, digits] of ROMAN) for (; rest >= value; rest -= value) out += digits;
      return format === 'upperRoman' ? out.toUpperCase() : out;
    }
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const attr = (attributes: Record<string, string>) => attributes['w:val'] ?? '';

/**
 * Word's automatic numbering (word/numbering.xml), rendered the way Word shows it. Templates often
 * number § entries this way ("§ %1" on a heading style), so the "§ 12" is in no text run and would
 * be lost without it. Counters run in document order; a level restarts below a higher one.
 */
export class DocxNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  /** numId → its abstract definition and level start overrides. */
  private readonly instances = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, Map<number, number>>();
  /** Paragraph styles that carry numbering, with `basedOn` followed. */
  private readonly styles = new Map<string, NumberingRef>();

  constructor(numberingXml: string | null, stylesXml: string | null) {
    if (numberingXml) this.readNumbering(numberingXml);
    if (stylesXml) this.readStyles(stylesXml);
  }

  private readNumbering(xml: string): void {
    let abstract: Map<number, Level> | null = null;
    let level: Level | null = null;
    let instance: { abstractId: string; starts: Map<number, number> } | null = null;
    let overrideLevel: number | null = null;
    for (const t of xmlTokens(xml)) {
      if (t.type === 'close') {
        if (t.name === 'w:abstractNum') abstract = null;
        else if (t.name === 'w:lvl') level = null;
        else if (t.name === 'w:num') instance = null;
        else if (t.name === 'w:lvlOverride') overrideLevel = null;
        continue;
      }
      if (t.type !== 'open') continue;
      const a = t.attributes;
      switch (t.name) {
        case 'w:abstractNum':
          abstract = new Map();
          this.abstracts.set(a['w:abstractNumId'] ?? '', abstract);
          break;
        case 'w:lvl':
          if (abstract && !instance) {
            level = { start: 1, format: 'decimal', text: '', suffix: '\t' };
            abstract.set(Number(a['w:ilvl'] ?? 0), level);
          }
          break;
        case 'w:start':
          if (level) level.start = Number(attr(a)) || 0;
          break;
        case 'w:numFmt':
          if (level) level.format = attr(a);
          break;
        case 'w:lvlText':
          if (level) level.text = attr(a);
          break;
        case 'w:suff':
          if (level) level.suffix = attr(a) === 'space' ? ' ' : attr(a) === 'nothing' ? '' : '\t';
          break;
        case 'w:num':
          instance = { abstractId: '', starts: new Map() };
          this.instances.set(a['w:numId'] ?? '', instance);
          break;
        case 'w:abstractNumId':
          if (instance) instance.abstractId = attr(a);
          break;
        case 'w:lvlOverride':
          overrideLevel = Number(a['w:ilvl'] ?? 0);
          break;
        case 'w:startOverride':
          if (instance && overrideLevel !== null) instance.starts.set(overrideLevel, Number(attr(a)) || 0);
          break;
      }
    }
  }

  private readStyles(xml: string): void {
    const direct = new Map<string, { ref: Partial<NumberingRef>; basedOn: string | null }>();
    let style: { ref: Partial<NumberingRef>; basedOn: string | null } | null = null;
    for (const t of xmlTokens(xml)) {
      if (t.type === 'close' && t.name === 'w:style') style = null;
      if (t.type !== 'open') continue;
      if (t.name === 'w:style') {
        style = { ref: {}, basedOn: null };
        if (t.attributes['w:type'] === 'paragraph') direct.set(t.attributes['w:styleId'] ?? '', style);
      } else if (style && t.name === 'w:basedOn') style.basedOn = attr(t.attributes);
      else if (style && t.name === 'w:numId') style.ref.numId = attr(t.attributes);
      else if (style && t.name === 'w:ilvl') style.ref.ilvl = Number(attr(t.attributes)) || 0;
    }
    for (const id of direct.keys()) {
      const seen = new Set<string>();
      let ref: Partial<NumberingRef> = {};
      for (let at: string | null = id; at && !seen.has(at) && ref.numId === undefined; ) {
        seen.add(at);
        const s = direct.get(at);
        if (!s) break;
        ref = { ...s.ref, ...ref };
        at = s.basedOn;
      }
      if (ref.numId && ref.numId !== '0') this.styles.set(id, { numId: ref.numId, ilvl: ref.ilvl ?? 0 });
    }
  }

  /** The numbering a paragraph gets from its style, when its own properties name none. */
  styleNumbering(styleId: string): NumberingRef | null {
    return this.styles.get(styleId) ?? null;
  }

  /** Counts the paragraph and returns its label with the suffix ("§ 12\t"), or '' when it is not numbered. */
  next(ref: NumberingRef): string {
    const instance = this.instances.get(ref.numId);
    const levels = instance && this.abstracts.get(instance.abstractId);
    const level = levels?.get(ref.ilvl);
    if (!instance || !levels || !level) return '';
    // Instances of one list share its counters unless they restart it.
    const key = instance.starts.size ? `num:${ref.numId}` : `abstract:${instance.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = new Map()));
    const startOf = (ilvl: number) => instance.starts.get(ilvl) ?? levels.get(ilvl)?.start ?? 1;
    counters.set(ref.ilvl, counters.has(ref.ilvl) ? counters.get(ref.ilvl)! + 1 : startOf(ref.ilvl));
    for (const deeper of [...counters.keys()]) if (deeper > ref.ilvl) counters.delete(deeper);
    if (level.format === 'bullet') return `•${level.suffix}`;
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const ilvl = Number(d) - 1;
      return formatNumber(counters.get(ilvl) ?? startOf(ilvl), levels.get(ilvl)?.format ?? 'decimal');
    });
    return label ? `${label}${level.suffix}` : '';
  }
}
