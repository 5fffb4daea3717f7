/**
 * A Word request context for the Office gateway's tests, over a document held as a `MemoryDocument`
 * (paragraphs of runs and inline controls, block controls around whole paragraphs), so that a test
 * can compare the whole document before and after. Loaded objects are office-addin-mock
 * `OfficeMockObject`s: a property the gateway reads without loading it reads "Error, property was
 * not loaded", and a collection's `items` or a `ClientResult`'s `value` throws before its sync.
 *
 * It behaves like Word where the add-in depends on it (the Word JavaScript API reference):
 * - a batch runs in order at `context.sync()` and stops at the first failing command, without
 *   undoing the commands before it; reads queued after writes see the written document;
 * - `text` of a paragraph or control includes text deleted under Track Changes; only
 *   `getReviewedText('Current')` (WordApi 1.4) leaves it out; a control deleted under tracking is
 *   still listed;
 * - `search` refuses an empty string and one over 255 characters (`InvalidArgument`) and reads `^`
 *   as the start of a special character (`^p`, `^t`, `^#`, `^?` …; `^^` is a caret);
 * - `body.insertOoxml(…, 'End')` on a body that ends in a content control lands inside that control;
 * - writing into a control with `cannotEdit`, or deleting one with `cannotDelete`, fails (`AccessDenied`);
 * - with Track Changes on, replaced and deleted text stays in the document as deleted text.
 * A test can make any one write fail (`failOn`) to see what a failure part-way leaves.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { WordRun } from '../../../word-addin/src/gateway/office-gateway.ts';
import { blocksFromOoxml, wrapInControl, type MemoryBlock, type MemoryControl, type MemoryDocument, type MemoryParagraph, type MemoryRun } from '../../../word-addin/src/gateway/memory-document.ts';

/** What Word was asked to change, in the order it ran. */
export type MockEdit =
  | { kind: 'insertOoxml'; where: 'End' | 'Before' | 'After' | 'Replace' | 'Start'; anchorId: number | null; ooxml: string; paragraph?: string }
  | { kind: 'insertText'; controlId: number | null; text: string; paragraph?: string }
  | { kind: 'insertParagraph'; text: string; after: string }
  | { kind: 'setTag'; controlId: number; tag: string }
  | { kind: 'delete'; controlId: number | null; paragraphs?: string[] }
  | { kind: 'insertReference'; text: string; tag: string; title: string }
  | { kind: 'wrapReference'; text: string; tag: string; title: string }
  | { kind: 'select'; controlId: number | null; paragraphIndex: number | null };

export interface WordMockOptions {
  /** The highest WordApi set the host has: getReviewedText and changeTrackingMode need 1.4. */
  api?: '1.3' | '1.4';
  changeTrackingMode?: 'Off' | 'TrackAll' | 'TrackMineOnly';
  /** Makes a write fail (GeneralException) when Word comes to run it; `index` counts writes from 0. */
  failOn?: (edit: MockEdit, index: number) => boolean;
}

export class WordError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const notFound = (what: string) => new WordError('ItemNotFound', `The requested resource doesn't exist. (${what})`);

interface FlatParagraph {
  p: MemoryParagraph;
  block: MemoryBlock;
  /** The block control it lies in. */
  control: MemoryControl | null;
  deleted: boolean;
}
interface FlatControl {
  control: MemoryControl;
  parent: MemoryControl | null;
  block: MemoryBlock;
  /** The inline run, for inline controls. */
  run: (MemoryRun & { control: MemoryControl }) | null;
  paragraph: MemoryParagraph | null;
  deleted: boolean;
}

const isControlRun = (r: MemoryRun): r is MemoryRun & { control: MemoryControl } => 'control' in r;
const deletedOf = (x: object): unknown => (x as { deleted?: unknown }).deleted;

/** A paragraph as `text` reads it: everything, deleted text included. */
export function plainText(p: MemoryParagraph): string {
  return p.runs.map((r) => (isControlRun(r) ? String(deletedOf(r) ?? '') + r.text : r.text)).join('');
}

/** A paragraph as it currently reads (`getReviewedText('Current')`). */
export function currentText(p: MemoryParagraph, deleted = false): string {
  if (deleted || deletedOf(p) === true) return '';
  return p.runs
    .filter((r) => isControlRun(r) || deletedOf(r) !== true)
    .map((r) => r.text)
    .join('');
}

/** A text search as Word's: `^` starts a special character, and the pattern is at most 255 characters. */
function searchPattern(text: string, matchCase: boolean): RegExp {
  if (text.length === 0) throw new WordError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format. (empty search)');
  if (text.length > 255) throw new WordError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format. (search string longer than 255 characters)');
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '^') {
      source += c.replace(/[.*+?${}()|[\]\\/]/g, '\\$&');
      continue;
    }
    const code = text[++i];
    const special: Record<string, string> = { '^': '\\^', p: '\\r', t: '\\t', '#': '\\d', $: '\\p{L}', '?': '.', w: '\\s+', l: '\\v', s: '\\u00A0', '-': '\\u00AD', '~': '\\u2011' };
    if (code === undefined || !(code in special)) throw new WordError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. ("^${code ?? ''}" is not a special character)`);
    source += special[code];
  }
  return new RegExp(source, matchCase ? 'u' : 'iu');
}

/** Paragraphs back as WordprocessingML, for `getOoxml` (runs, styles, inline controls; current text). */
function ooxmlOf(paragraphs: readonly MemoryParagraph[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const run = (t: string) => (t ? `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>` : '');
  const body = paragraphs
    .filter((p) => deletedOf(p) !== true)
    .map((p) => {
      const style = p.styleBuiltIn !== 'Normal' && p.styleBuiltIn !== 'Other' ? p.styleBuiltIn : p.style === 'Normal' ? '' : p.style.replace(/\s/g, '');
      const pPr = style ? `<w:pPr><w:pStyle w:val="${esc(style)}"/></w:pPr>` : '';
      const runs = p.runs
        .filter((r) => isControlRun(r) || deletedOf(r) !== true)
        .map((r) =>
          isControlRun(r)
            ? `<w:sdt><w:sdtPr><w:alias w:val="${esc(r.control.title)}"/><w:tag w:val="${esc(r.control.tag)}"/></w:sdtPr><w:sdtContent>${run(r.text)}</w:sdtContent></w:sdt>`
            : run(r.text),
        )
        .join('');
      return `<w:p>${pPr}${runs}</w:p>`;
    })
    .join('');
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
}

const RAW = Symbol('raw mock object');

/** Sets a mock object's values, nested objects included, whether or not it had them before. */
function refill(m: OfficeMockObject, data: object): void {
  const target = m as unknown as Record<string, OfficeMockObject> & { addMock(name: string): void; setValue(name: string, value: unknown): void };
  for (const [key, value] of Object.entries(data)) {
    if (value && typeof value === 'object') {
      if (!(target[key] instanceof OfficeMockObject)) target.addMock(key);
      refill(target[key]!, value);
    } else target.setValue(key, value);
  }
}

export class WordMock {
  syncs = 0;
  /** Characters sent to Word (text, OOXML) and read back (loaded values), roughly what crosses the wire. */
  bytes = 0;
  /** Everything read back from Word, as JSON, in order. */
  readonly transcript: string[] = [];
  readonly edits: MockEdit[] = [];
  readonly doc: MemoryDocument;
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly';
  private readonly api: '1.3' | '1.4';
  private readonly failOn: WordMockOptions['failOn'];
  private writes = 0;
  private queue: (() => void)[] = [];
  private loaded: OfficeMockObject[] = [];

  constructor(doc: MemoryDocument, options: WordMockOptions = {}) {
    this.doc = doc;
    this.api = options.api ?? '1.3';
    this.changeTrackingMode = options.changeTrackingMode ?? 'Off';
    this.failOn = options.failOn;
  }

  run: WordRun = async (batch) => {
    this.queue = [];
    this.loaded = [];
    return batch(this.context());
  };

  private get tracking(): boolean {
    return this.changeTrackingMode !== 'Off';
  }

  // ---- the document as Word lists it ----

  private paragraphsFlat(): FlatParagraph[] {
    const out: FlatParagraph[] = [];
    for (const block of this.doc.blocks) {
      if ('paragraph' in block) out.push({ p: block.paragraph, block, control: null, deleted: deletedOf(block.paragraph) === true });
      else for (const p of block.paragraphs) out.push({ p, block, control: block.control, deleted: deletedOf(block) === true || deletedOf(p) === true });
    }
    return out;
  }

  private controlsFlat(): FlatControl[] {
    const out: FlatControl[] = [];
    for (const block of this.doc.blocks) {
      const blockControl = 'control' in block ? block.control : null;
      const blockDeleted = deletedOf(block) === true;
      if (blockControl) out.push({ control: blockControl, parent: null, block, run: null, paragraph: null, deleted: blockDeleted });
      const paragraphs = 'paragraph' in block ? [block.paragraph] : block.paragraphs;
      for (const p of paragraphs) {
        for (const r of p.runs) {
          if (isControlRun(r)) out.push({ control: r.control, parent: blockControl, block, run: r, paragraph: p, deleted: blockDeleted || deletedOf(p) === true });
        }
      }
    }
    return out;
  }

  private flatControl(id: number): FlatControl {
    const c = this.controlsFlat().find((x) => x.control.id === id);
    if (!c) throw notFound(`content control ${id}`);
    return c;
  }

  private controlPlain(c: FlatControl): string {
    if (c.run) return String(deletedOf(c.run) ?? '') + c.run.text;
    return (c.block as { paragraphs: MemoryParagraph[] }).paragraphs.map(plainText).join('\r');
  }

  private controlCurrent(c: FlatControl): string {
    if (c.deleted) return '';
    if (c.run) return c.run.text;
    return (c.block as { paragraphs: MemoryParagraph[] }).paragraphs
      .filter((p) => deletedOf(p) !== true)
      .map((p) => currentText(p))
      .join('\r');
  }

  private controlData(c: FlatControl) {
    return {
      id: c.control.id,
      tag: c.control.tag,
      title: c.control.title,
      text: this.controlPlain(c),
      cannotEdit: Boolean((c.control as { cannotEdit?: boolean }).cannotEdit),
      cannotDelete: Boolean((c.control as { cannotDelete?: boolean }).cannotDelete),
      type: 'RichText',
      parentContentControlOrNullObject: c.parent ? { id: c.parent.id, isNullObject: false } : { id: 0, isNullObject: true },
    };
  }

  // ---- the request queue ----

  private enqueue(action: () => void): void {
    this.queue.push(action);
  }

  private write(edit: MockEdit, apply: () => void): void {
    const index = this.writes++;
    if (this.failOn?.(edit, index)) throw new WordError('GeneralException', 'There was an internal error while processing the request.');
    apply();
    this.edits.push(edit);
    if ('ooxml' in edit) this.bytes += edit.ooxml.length;
    if ('text' in edit) this.bytes += edit.text.length;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    try {
      for (const action of queue) action();
    } catch (error) {
      // A failed batch returns no loaded values; what ran before the failure stays done.
      this.loaded = [];
      await new Promise((r) => setTimeout(r, 0));
      throw error;
    }
    const loaded = this.loaded;
    this.loaded = [];
    for (const m of loaded) await m.sync();
    await new Promise((r) => setTimeout(r, 0));
  }

  private mock<T extends object>(data: T): OfficeMockObject & T {
    const m = new OfficeMockObject({} as never);
    refill(m, data);
    return m as OfficeMockObject & T;
  }

  /** Loads `props` on a mock object at sync time, counting what is read. */
  private loadInto(proxy: OfficeMockObject, props: string, data: object): void {
    // office-addin-mock sets loaded values on the object itself, not through the proxy's write traps.
    const m = ((proxy as unknown as Record<symbol, OfficeMockObject>)[RAW] ?? proxy) as OfficeMockObject;
    refill(m, data);
    const list = props.split(',').map((p) => p.trim()).filter(Boolean);
    const wanted = list.flatMap((p) => (p.includes('/') ? [p, `${p.split('/')[0]}/isNullObject`] : [p]));
    OfficeMockObject.prototype.load.call(m, wanted.join(','));
    this.loaded.push(m);
    const read: Record<string, unknown> = {};
    for (const p of list) {
      const [head, tail] = p.split('/') as [string, string | undefined];
      const v = (data as Record<string, unknown>)[head];
      read[p] = tail && v && typeof v === 'object' ? (v as Record<string, unknown>)[tail] : v;
    }
    const json = JSON.stringify(read);
    this.bytes += json.length;
    this.transcript.push(json);
  }

  /** A value computed at sync time (`ClientResult`). */
  private clientResult<T>(compute: () => T): { readonly value: T } {
    let done = false;
    let value: T;
    this.enqueue(() => {
      value = compute();
      done = true;
      const json = JSON.stringify(value ?? null);
      this.bytes += json.length;
      this.transcript.push(json);
    });
    return {
      get value(): T {
        if (!done) throw new Error('The value of the result object has not been loaded yet. Call "context.sync()".');
        return value;
      },
    };
  }

  private needs14(what: string): void {
    if (this.api !== '1.4') throw new WordError('ApiNotFound', `The API you are trying to use could not be found. (${what} needs WordApi 1.4)`);
  }

  /** A collection whose `items` exist once a queued load has run and the batch synced. */
  private collection<T>(build: () => { data: object; item: (data: object) => T & OfficeMockObject }[]) {
    const self = this;
    let items: (T & OfficeMockObject)[] | null = null;
    let synced = false;
    const c = {
      get items(): (T & OfficeMockObject)[] {
        if (!items || !synced) throw new Error('The property \'items\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.');
        return items;
      },
      load(spec?: string) {
        const props = (spec ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((s) => {
            const m = /^items\/(.+)$/.exec(s);
            return m ? m[1]! : s;
          });
        self.enqueue(() => {
          items = build().map(({ data, item }) => {
            const m = item(data);
            self.loadInto(m, props.join(','), data);
            return m;
          });
          // `items` is readable after the sync that ran this load.
          self.loaded.push({ sync: async () => void (synced = true) } as unknown as OfficeMockObject);
        });
        return c;
      },
    };
    return c;
  }

  // ---- paragraphs, ranges and controls as proxies ----

  private paragraphProxy(p: MemoryParagraph, data: object) {
    const self = this;
    const m = this.mock(data);
    return Object.assign(m, {
      load(props: string) {
        self.enqueue(() => {
          const flat = self.paragraphsFlat().find((x) => x.p === p);
          if (!flat) throw notFound('paragraph');
          self.loadInto(m, props, self.paragraphData(flat));
        });
        return m;
      },
      getReviewedText(version: 'Current' | 'Original' = 'Current') {
        return self.clientResult(() => {
          self.needs14('Paragraph.getReviewedText');
          const flat = self.paragraphsFlat().find((x) => x.p === p);
          if (!flat) throw notFound('paragraph');
          return version === 'Current' ? currentText(p, flat.deleted) : plainText(p);
        });
      },
      getRange(where = 'Whole') {
        if (where === 'Start' || where === 'End') return self.textRange(() => self.wholeText(p)).getRange(where);
        if (where !== 'Whole' && where !== 'Content') throw new Error(`mock: paragraph getRange ${where}`);
        return self.rangeProxy({ from: p, to: p });
      },
      search(text: string, options: { matchCase?: boolean } = {}) {
        return self.textRange(() => self.wholeText(p)).search(text, options);
      },
      insertText(text: string, where: 'Replace') {
        if (where !== 'Replace') throw new Error(`mock: paragraph insertText ${where}`);
        self.enqueue(() =>
          self.write({ kind: 'insertText', controlId: null, text, paragraph: plainText(p) }, () => {
            const flat = self.paragraphsFlat().find((x) => x.p === p);
            if (!flat) throw notFound('paragraph');
            if (flat.control && (flat.control as { cannotEdit?: boolean }).cannotEdit) throw new WordError('AccessDenied', 'This action is denied. (the content control cannot be edited)');
            // Tracked, what it read stays as deleted text.
            p.runs = self.tracking ? [...p.runs.map((r) => (isControlRun(r) ? { ...r, deleted: String(deletedOf(r) ?? '') + r.text, text: '' } : { ...r, deleted: true })), { text }] : [{ text }];
          }),
        );
      },
      insertParagraph(text: string, where: 'After') {
        if (where !== 'After') throw new Error(`mock: insertParagraph ${where}`);
        const fresh: MemoryParagraph = { style: p.style, styleBuiltIn: p.styleBuiltIn, runs: [{ text }] };
        self.enqueue(() =>
          self.write({ kind: 'insertParagraph', text, after: plainText(p) }, () => {
            const at = self.locateParagraphs(p, p);
            self.insertParagraphsAt(at, at.last + 1, [{ paragraph: fresh }]);
          }),
        );
        return self.paragraphProxy(fresh, {});
      },
      delete() {
        self.rangeProxy({ from: p, to: p }).delete();
      },
      select() {
        self.enqueue(() => {
          const index = self.paragraphsFlat().findIndex((x) => x.p === p);
          if (index < 0) throw notFound('paragraph');
          self.edits.push({ kind: 'select', controlId: null, paragraphIndex: index });
        });
      },
    });
  }

  /** A paragraph's characters as a text range (offsets in `text`, tracked deletions included). */
  private wholeText(p: MemoryParagraph): { p: MemoryParagraph; start: number; end: number } {
    if (!this.paragraphsFlat().some((x) => x.p === p)) throw notFound('paragraph');
    return { p, start: 0, end: plainText(p).length };
  }

  /**
   * Characters of one paragraph, resolved when Word runs the command: what `search(…).getFirst()`,
   * `getRange('After' | 'End')` and `expandTo` give, and what `insertContentControl` wraps.
   */
  private textRange(resolve: () => { p: MemoryParagraph; start: number; end: number }) {
    const self = this;
    const range = {
      textRange: resolve,
      search(text: string, options: { matchCase?: boolean } = {}) {
        const pattern = searchPattern(text, options.matchCase ?? false);
        return {
          getFirst: () =>
            self.textRange(() => {
              const r = resolve();
              const m = pattern.exec(plainText(r.p).slice(r.start, r.end));
              if (!m) throw notFound(`search for ${text}`);
              return { p: r.p, start: r.start + m.index, end: r.start + m.index + m[0].length };
            }),
        };
      },
      getRange(where: 'Whole' | 'Start' | 'End' | 'After' | 'Before') {
        return self.textRange(() => {
          const r = resolve();
          if (where === 'Whole') return r;
          const at = where === 'Start' || where === 'Before' ? r.start : r.end;
          return { p: r.p, start: at, end: at };
        });
      },
      expandTo(other: { textRange: () => { p: MemoryParagraph; start: number; end: number } }) {
        return self.textRange(() => {
          const a = resolve();
          const b = other.textRange();
          if (a.p !== b.p) throw new Error('mock: a text range over several paragraphs');
          return { p: a.p, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
        });
      },
      insertContentControl() {
        const cc = { tag: '', title: '' };
        // The gateway sets the new control's tag and title before the batch runs.
        self.enqueue(() => {
          const r = resolve();
          self.write({ kind: 'wrapReference', text: plainText(r.p).slice(r.start, r.end), tag: cc.tag, title: cc.title }, () => {
            const around = self.paragraphsFlat().find((x) => x.p === r.p)?.control;
            if (around && (around as { cannotEdit?: boolean }).cannotEdit) throw new WordError('AccessDenied', 'This action is denied. (the content control cannot be edited)');
            if (!wrapInControl(r.p, r.start, r.end, { id: self.doc.nextControlId++, tag: cc.tag, title: cc.title }, true)) throw new Error('mock: a content control around a range that is not plain text');
          });
        });
        return cc;
      },
    };
    return range;
  }

  private paragraphData(f: FlatParagraph) {
    return {
      text: plainText(f.p),
      style: f.p.style,
      styleBuiltIn: f.p.styleBuiltIn,
      tableNestingLevel: 0,
      parentContentControlOrNullObject: f.control ? { id: f.control.id, isNullObject: false } : { id: 0, isNullObject: true },
    };
  }

  private paragraphCollection(filter: (f: FlatParagraph) => boolean = () => true) {
    return this.collection(() =>
      this.paragraphsFlat()
        .filter(filter)
        .map((f) => ({ data: this.paragraphData(f), item: (d: object) => this.paragraphProxy(f.p, d) })),
    );
  }

  /** The blocks and places of a run of paragraphs, resolved when Word runs the command. */
  private locateParagraphs(from: MemoryParagraph, to: MemoryParagraph): { container: MemoryParagraph[] | null; blockIndex: number; first: number; last: number; control: MemoryControl | null } {
    for (let b = 0; b < this.doc.blocks.length; b++) {
      const block = this.doc.blocks[b]!;
      if ('paragraph' in block) {
        if (block.paragraph === from) {
          const last = this.doc.blocks.findIndex((x) => 'paragraph' in x && x.paragraph === to);
          if (last < b) throw new Error('mock: a range over several blocks');
          return { container: null, blockIndex: b, first: b, last, control: null };
        }
      } else {
        const first = block.paragraphs.indexOf(from);
        if (first >= 0) {
          const last = block.paragraphs.indexOf(to);
          if (last < first) throw new Error('mock: a range leaving its control');
          return { container: block.paragraphs, blockIndex: b, first, last, control: block.control };
        }
      }
    }
    throw notFound('paragraph range');
  }

  private parsed(ooxml: string): MemoryBlock[] {
    return blocksFromOoxml(this.doc, ooxml);
  }

  private rangeProxy(range: { from: MemoryParagraph; to: MemoryParagraph }) {
    const self = this;
    const describe = () => self.paragraphsFlat().filter((f) => f.p === range.from || f.p === range.to).map((f) => plainText(f.p));
    return {
      range,
      expandTo(other: { range: { from: MemoryParagraph; to: MemoryParagraph } }) {
        return self.rangeProxy({ from: range.from, to: other.range.to });
      },
      getOoxml() {
        return self.clientResult(() => {
          const at = self.locateParagraphs(range.from, range.to);
          const list = at.container ? at.container.slice(at.first, at.last + 1) : self.doc.blocks.slice(at.first, at.last + 1).map((b) => (b as { paragraph: MemoryParagraph }).paragraph);
          return ooxmlOf(list);
        });
      },
      getReviewedText(version: 'Current' | 'Original' = 'Current') {
        return self.clientResult(() => {
          self.needs14('Range.getReviewedText');
          const at = self.locateParagraphs(range.from, range.to);
          const list = at.container ? at.container.slice(at.first, at.last + 1) : self.doc.blocks.slice(at.first, at.last + 1).map((b) => (b as { paragraph: MemoryParagraph }).paragraph);
          return list.map((p) => (version === 'Current' ? currentText(p) : plainText(p))).filter((t, i) => version !== 'Current' || t !== '' || deletedOf(list[i]!) !== true).join('\r');
        });
      },
      delete() {
        self.enqueue(() =>
          self.write({ kind: 'delete', controlId: null, paragraphs: describe() }, () => {
            const at = self.locateParagraphs(range.from, range.to);
            if (at.control && (at.control as { cannotEdit?: boolean }).cannotEdit) throw new WordError('AccessDenied', 'This action is denied. (the content control cannot be edited)');
            self.removeParagraphs(at);
          }),
        );
      },
      insertOoxml(ooxml: string, where: 'Replace' | 'Before' | 'After' | 'Start' | 'End') {
        self.enqueue(() =>
          self.write({ kind: 'insertOoxml', where, anchorId: null, ooxml, paragraph: plainText(range.from) }, () => {
            const at = self.locateParagraphs(range.from, range.to);
            if (at.control && (at.control as { cannotEdit?: boolean }).cannotEdit) throw new WordError('AccessDenied', 'This action is denied. (the content control cannot be edited)');
            const blocks = self.parsed(ooxml);
            if (where === 'Replace') {
              self.insertParagraphsAt(at, at.last + 1, blocks);
              self.removeParagraphs(at);
            } else if (where === 'Before' || where === 'Start') self.insertParagraphsAt(at, at.first, blocks);
            else self.insertParagraphsAt(at, at.last + 1, blocks);
          }),
        );
      },
      select() {
        self.enqueue(() => self.edits.push({ kind: 'select', controlId: null, paragraphIndex: self.paragraphsFlat().findIndex((f) => f.p === range.from) }));
      },
    };
  }

  /** Removes (or, tracking, marks deleted) paragraphs `first…last` of a located run. */
  private removeParagraphs(at: ReturnType<WordMock['locateParagraphs']>): void {
    if (at.container) {
      const gone = at.container.slice(at.first, at.last + 1);
      if (this.tracking) for (const p of gone) (p as { deleted?: boolean }).deleted = true;
      else at.container.splice(at.container.indexOf(gone[0]!), gone.length);
      return;
    }
    const blocks = this.doc.blocks.slice(at.first, at.last + 1);
    if (this.tracking) for (const b of blocks) (('paragraph' in b ? b.paragraph : b) as { deleted?: boolean }).deleted = true;
    else this.doc.blocks.splice(this.doc.blocks.indexOf(blocks[0]!), blocks.length);
  }

  /** Inserts parsed blocks at a position among a located run's siblings (inside a control: its paragraphs only). */
  private insertParagraphsAt(at: ReturnType<WordMock['locateParagraphs']>, index: number, blocks: MemoryBlock[]): void {
    if (at.container) {
      // Inside a control Word keeps the paragraphs; a block control in the OOXML does not nest in this model.
      at.container.splice(index, 0, ...blocks.flatMap((b) => ('paragraph' in b ? [b.paragraph] : b.paragraphs)));
      return;
    }
    this.doc.blocks.splice(index, 0, ...blocks);
  }

  private controlProxy(resolve: () => FlatControl, known?: object) {
    const self = this;
    const m = this.mock(known ?? {});
    const idOf = () => resolve().control.id;
    const methods = {
      load(props?: string) {
        self.enqueue(() => {
          const c = resolve();
          self.loadInto(m, props ?? 'id,tag,title,text', self.controlData(c));
        });
        return proxy;
      },
      getReviewedText(version: 'Current' | 'Original' = 'Current') {
        return self.clientResult(() => {
          self.needs14('ContentControl.getReviewedText');
          const c = resolve();
          return version === 'Current' ? self.controlCurrent(c) : self.controlPlain(c);
        });
      },
      getOoxml() {
        return self.clientResult(() => {
          const c = resolve();
          return ooxmlOf(c.run ? [{ style: 'Normal', styleBuiltIn: 'Normal', runs: [{ text: c.run.text }] }] : (c.block as { paragraphs: MemoryParagraph[] }).paragraphs);
        });
      },
      search(text: string, options: { matchCase?: boolean } = {}) {
        const found = () => {
          const pattern = searchPattern(text, options.matchCase ?? false);
          return pattern.test(self.controlPlain(resolve()).replace(/\r/g, '\r'));
        };
        return {
          getFirst() {
            return {
              load() {
                self.enqueue(() => {
                  if (!found()) throw notFound(`"${text}" in content control`);
                });
                return this;
              },
            };
          },
          load() {
            self.enqueue(() => void found());
            return this;
          },
        };
      },
      insertText(text: string, where: 'Replace' | 'End' | 'Start') {
        self.enqueue(() =>
          self.write({ kind: 'insertText', controlId: idOf(), text }, () => {
            const c = resolve();
            if ((c.control as { cannotEdit?: boolean }).cannotEdit) throw new WordError('AccessDenied', 'This action is denied. (the content control cannot be edited)');
            if (!c.run) throw new Error('mock: insertText into a block control');
            if (where !== 'Replace') c.run.text = where === 'End' ? c.run.text + text : text + c.run.text;
            else {
              if (self.tracking && c.run.text) (c.run as { deleted?: string }).deleted = String(deletedOf(c.run) ?? '') + c.run.text;
              c.run.text = text;
            }
          }),
        );
        return proxy;
      },
      getRange(where = 'Whole') {
        if (where !== 'Whole') throw new Error(`mock: control getRange ${where}`);
        return {
          insertOoxml(ooxml: string, at: 'Before' | 'After') {
            self.enqueue(() =>
              self.write({ kind: 'insertOoxml', where: at, anchorId: idOf(), ooxml }, () => {
                const c = resolve();
                if (c.run) throw new Error('mock: insertOoxml beside an inline control');
                const index = self.doc.blocks.indexOf(c.block);
                self.doc.blocks.splice(at === 'Before' ? index : index + 1, 0, ...self.parsed(ooxml));
              }),
            );
          },
        };
      },
      insertOoxml(ooxml: string, where: 'Replace') {
        if (where !== 'Replace') throw new Error(`mock: control insertOoxml ${where}`);
        self.enqueue(() =>
          self.write({ kind: 'insertOoxml', where: 'Replace', anchorId: idOf(), ooxml }, () => {
            const c = resolve();
            if ((c.control as { cannotEdit?: boolean }).cannotEdit) throw new WordError('AccessDenied', 'This action is denied. (the content control cannot be edited)');
            if (c.run) throw new Error('mock: insertOoxml into an inline control');
            const block = c.block as { paragraphs: MemoryParagraph[] };
            const fresh = self.parsed(ooxml).flatMap((b) => ('paragraph' in b ? [b.paragraph] : b.paragraphs));
            if (self.tracking) {
              for (const p of block.paragraphs) (p as { deleted?: boolean }).deleted = true;
              block.paragraphs.push(...fresh);
            } else block.paragraphs = fresh;
          }),
        );
      },
      delete(keepContent: boolean) {
        if (keepContent) {
          // The control goes and its text stays where it was (inline controls: a reference taken off a mention).
          self.enqueue(() =>
            self.write({ kind: 'delete', controlId: idOf() }, () => {
              const c = resolve();
              if (!c.run || !c.paragraph) throw new Error('mock: delete keeping content of a block control');
              const deleted = String(deletedOf(c.run) ?? '');
              c.paragraph.runs = c.paragraph.runs.flatMap((r): MemoryRun[] =>
                r === c.run ? [...(deleted ? [{ text: deleted, deleted: true }] : []), ...(c.run.text ? [{ text: c.run.text }] : [])] : [r],
              );
            }),
          );
          return;
        }
        self.enqueue(() =>
          self.write({ kind: 'delete', controlId: idOf() }, () => {
            const c = resolve();
            if ((c.control as { cannotDelete?: boolean }).cannotDelete) throw new WordError('AccessDenied', 'This action is denied. (the content control cannot be deleted)');
            if (c.run) {
              const p = c.paragraph!;
              if (self.tracking) (c.run as { deleted?: string }).deleted = String(deletedOf(c.run) ?? '') + c.run.text;
              else p.runs = p.runs.filter((r) => r !== c.run);
              if (self.tracking) c.run.text = '';
            } else if (self.tracking) (c.block as { deleted?: boolean }).deleted = true;
            else self.doc.blocks = self.doc.blocks.filter((b) => b !== c.block);
          }),
        );
      },
      select() {
        self.enqueue(() => {
          resolve();
          self.edits.push({ kind: 'select', controlId: idOf(), paragraphIndex: null });
        });
      },
      paragraphs() {
        return self.collection(() => {
          const c = resolve();
          const own = c.run ? [] : (c.block as { paragraphs: MemoryParagraph[] }).paragraphs;
          return self
            .paragraphsFlat()
            .filter((f) => own.includes(f.p))
            .map((f) => ({ data: self.paragraphData(f), item: (d: object) => self.paragraphProxy(f.p, d) }));
        });
      },
    };
    // Loaded values are read from the office-addin-mock object; `tag` and `title` set are writes.
    const proxy: OfficeMockObject & typeof methods & { paragraphs: ReturnType<typeof methods.paragraphs> } = new Proxy(m, {
      get(target, prop, receiver) {
        if (prop === RAW) return target;
        if (prop === 'paragraphs') return methods.paragraphs();
        if (typeof prop === 'string' && prop in methods) return (methods as Record<string, unknown>)[prop];
        return Reflect.get(target, prop, receiver);
      },
      set(target, prop, value) {
        if (prop === 'tag') self.enqueue(() => self.write({ kind: 'setTag', controlId: idOf(), tag: value as string }, () => void (resolve().control.tag = value as string)));
        else if (prop === 'title') self.enqueue(() => void (resolve().control.title = value as string));
        else Reflect.set(target, prop, value);
        return true;
      },
    }) as never;
    return proxy;
  }

  private controlCollection(filter: (c: FlatControl) => boolean = () => true) {
    const self = this;
    const c = this.collection(() =>
      this.controlsFlat()
        .filter(filter)
        .map((f) => ({ data: this.controlData(f), item: (d: object) => this.controlProxy(() => this.flatControl(f.control.id), d) })),
    );
    return Object.assign(c, {
      getById: (id: number) => self.controlProxy(() => self.flatControl(id)),
      getByTag: (tag: string) => {
        const byTag = self.controlCollection((f) => filter(f) && f.control.tag === tag);
        return Object.assign(byTag, {
          getFirst: () =>
            self.controlProxy(() => {
              const f = self.controlsFlat().find((x) => filter(x) && x.control.tag === tag);
              if (!f) throw notFound(`content control tagged ${tag}`);
              return f;
            }),
        });
      },
      getByTitle: (title: string) => self.controlCollection((f) => filter(f) && f.control.title === title),
    });
  }

  private context() {
    const self = this;
    const doc = this.doc;
    const body = {
      get paragraphs() {
        return self.paragraphCollection();
      },
      get contentControls() {
        return self.controlCollection();
      },
      getReviewedText(version: 'Current' | 'Original' = 'Current') {
        return self.clientResult(() => {
          self.needs14('Body.getReviewedText');
          const flat = self.paragraphsFlat();
          return version === 'Current'
            ? flat.filter((f) => !f.deleted).map((f) => currentText(f.p)).join('\r')
            : flat.map((f) => plainText(f.p)).join('\r');
        });
      },
      insertOoxml(ooxml: string, where: 'End' | 'Start') {
        self.enqueue(() =>
          self.write({ kind: 'insertOoxml', where, anchorId: null, ooxml }, () => {
            const blocks = self.parsed(ooxml);
            const last = doc.blocks.at(-1);
            if (where === 'End' && last && 'control' in last) {
              // Word: the end of a body that ends in a content control is inside that control.
              last.paragraphs.push(...blocks.flatMap((b) => ('paragraph' in b ? [b.paragraph] : b.paragraphs)));
            } else if (where === 'End') doc.blocks.push(...blocks);
            else doc.blocks.unshift(...blocks);
          }),
        );
      },
    };
    const documentMock = this.mock({ changeTrackingMode: this.changeTrackingMode });
    const document = Object.assign(documentMock, {
      body,
      load(props: string) {
        self.enqueue(() => {
          self.needs14('Document.changeTrackingMode');
          refill(documentMock, { changeTrackingMode: self.changeTrackingMode });
          self.loadInto(documentMock, props, { changeTrackingMode: self.changeTrackingMode });
        });
        return documentMock;
      },
      getSelection() {
        return {
          parentContentControlOrNullObject: {
            load(props: string) {
              const around = self.mock({ isNullObject: true, id: 0 });
              self.enqueue(() => {
                const id = self.selectedControlId();
                refill(around, id === null ? { isNullObject: true, id: 0 } : { isNullObject: false, id });
                self.loadInto(around, `isNullObject,${props}`, { isNullObject: id === null, id: id ?? 0 });
              });
              return around;
            },
          },
          insertText(text: string, where: string) {
            if (where !== 'End') throw new Error(`mock: selection insertText ${where}`);
            const cc = { tag: '', title: '' };
            // The gateway sets the new control's tag and title before the batch runs.
            self.enqueue(() => self.write({ kind: 'insertReference', text, tag: cc.tag, title: cc.title }, () => self.insertAtSelection(text, cc)));
            return {
              insertContentControl() {
                return cc;
              },
            };
          },
        };
      },
    });
    return { document, sync: () => this.sync() } as unknown as Word.RequestContext;
  }

  /** The innermost control around the cursor (the demo's and the memory gateway's selection). */
  private selectedControlId(): number | null {
    const sel = this.doc.selection;
    if (!sel) return null;
    const flat = this.paragraphsFlat()[sel.paragraphIndex];
    if (!flat) return null;
    let offset = 0;
    for (const r of flat.p.runs) {
      const length = r.text.length;
      if (isControlRun(r) && sel.offset > offset && sel.offset < offset + length) return r.control.id;
      offset += length;
    }
    return flat.control?.id ?? null;
  }

  /** A reference control at the cursor; its tag and title are set in the same batch, after it. */
  private insertAtSelection(text: string, cc: { tag: string; title: string }): void {
    const sel = this.doc.selection;
    if (!sel) throw new WordError('InvalidSelection', 'The current selection is invalid for this operation.');
    const p = this.paragraphsFlat()[sel.paragraphIndex]?.p;
    if (!p) throw notFound('selection');
    const control: MemoryControl = { id: this.doc.nextControlId++, tag: cc.tag, title: cc.title };
    const runs: MemoryRun[] = [];
    let offset = 0;
    let placed = false;
    for (const r of p.runs) {
      const end = offset + r.text.length;
      if (!placed && !isControlRun(r) && sel.offset >= offset && sel.offset <= end) {
        const cut = sel.offset - offset;
        if (cut > 0) runs.push({ text: r.text.slice(0, cut) });
        runs.push({ control, text });
        if (cut < r.text.length) runs.push({ text: r.text.slice(cut) });
        placed = true;
      } else runs.push(r);
      offset = end;
    }
    if (!placed) runs.push({ control, text });
    p.runs = runs;
  }
}
