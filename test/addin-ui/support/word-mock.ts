/**
 * A Word request context for the Office gateway's tests, built on office-addin-mock: every
 * paragraph, control and the document are `OfficeMockObject`s, so a property the gateway reads
 * without loading it reads "Error, property was not loaded" and the snapshot fails to parse.
 * office-addin-mock cannot load `items/...` on collections, so the few collections the gateway uses
 * are small objects here that forward such loads to their items. Edits are queued and run at
 * `context.sync()` in order, stopping at the first failing one as Word does, and every sync is counted.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { WordRun } from '../../../word-addin/src/gateway/office-gateway.ts';

export interface MockParagraph {
  text: string;
  style: string;
  styleBuiltIn: string;
}

export interface MockControl {
  id: number;
  tag: string;
  title: string;
  text: string;
  paragraphs?: MockParagraph[];
}

export interface MockDocument {
  paragraphs: MockParagraph[];
  controls: MockControl[];
  selectedControlId: number | null;
  changeTrackingMode?: 'Off' | 'TrackAll' | 'TrackMineOnly';
}

/** What Word was asked to do, in the order it ran. */
export type MockEdit =
  | { kind: 'insertOoxml'; where: 'End' | 'Before' | 'After' | 'Replace'; anchorId: number | null; ooxml: string }
  | { kind: 'insertText'; controlId: number; text: string }
  | { kind: 'setTag'; controlId: number; tag: string }
  | { kind: 'delete'; controlId: number }
  | { kind: 'insertReference'; text: string; tag: string; title: string }
  | { kind: 'select'; controlId: number | null; paragraphIndex: number | null };

class ItemNotFound extends Error {
  code = 'ItemNotFound';
}

export class WordMock {
  syncs = 0;
  readonly edits: MockEdit[] = [];
  private queue: (() => void)[] = [];
  private loaded: OfficeMockObject[] = [];
  readonly doc: MockDocument;

  constructor(doc: MockDocument) {
    this.doc = doc;
  }

  run: WordRun = async (batch) => batch(this.context());

  private enqueue(action: () => void): void {
    this.queue.push(action);
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    for (const action of queue) action();
    for (const m of this.loaded) await m.sync();
    this.loaded = [];
    await new Promise((r) => setTimeout(r, 0));
  }

  private mock<T extends object>(data: T): OfficeMockObject & T {
    return new OfficeMockObject(data as never) as OfficeMockObject & T;
  }

  private loadable(m: OfficeMockObject, props: string): void {
    OfficeMockObject.prototype.load.call(m, props);
    this.loaded.push(m);
  }

  /** A collection whose `load('items/a,items/b')` loads a and b on each item. */
  private collection<T extends OfficeMockObject>(items: T[]): { items: T[]; load(spec: string): { items: T[] } } {
    const self = this;
    const c = {
      items,
      load(spec: string) {
        const props = spec.split(',').map((s) => {
          const m = /^items\/(\w+)$/.exec(s.trim());
          if (!m) throw new Error(`mock: unsupported collection load "${s}"`);
          return m[1]!;
        });
        for (const item of items) self.loadable(item, props.join(','));
        return c;
      },
    };
    return c;
  }

  private paragraphMock(p: MockParagraph, index: number) {
    const m = this.mock({ ...p });
    (m as unknown as { select: () => void }).select = () =>
      this.enqueue(() => this.edits.push({ kind: 'select', controlId: null, paragraphIndex: index }));
    return m;
  }

  private controlById(id: number): MockControl {
    const c = this.doc.controls.find((x) => x.id === id);
    if (!c) throw new ItemNotFound(`no control ${id}`);
    return c;
  }

  /** `getById`: a proxy whose first use at sync time fails when the control is gone. */
  private controlProxy(id: number) {
    const self = this;
    return {
      load() {
        self.enqueue(() => void self.controlById(id));
        return this;
      },
      search(text: string, options: { matchCase?: boolean }) {
        return {
          getFirst() {
            return {
              load() {
                self.enqueue(() => {
                  const c = self.controlById(id);
                  const found = options.matchCase ? c.text.includes(text) : c.text.toLowerCase().includes(text.toLowerCase());
                  if (!found) throw new ItemNotFound(`"${text}" not in control ${id}`);
                });
                return this;
              },
            };
          },
        };
      },
      insertText(text: string, where: string) {
        if (where !== 'Replace') throw new Error(`mock: insertText ${where}`);
        self.enqueue(() => {
          self.controlById(id).text = text;
          self.edits.push({ kind: 'insertText', controlId: id, text });
        });
      },
      set tag(tag: string) {
        self.enqueue(() => {
          self.controlById(id).tag = tag;
          self.edits.push({ kind: 'setTag', controlId: id, tag });
        });
      },
      getRange(where: string) {
        if (where !== 'Whole') throw new Error(`mock: getRange ${where}`);
        return {
          insertOoxml(ooxml: string, at: 'Before' | 'After') {
            self.enqueue(() => {
              self.controlById(id);
              self.edits.push({ kind: 'insertOoxml', where: at, anchorId: id, ooxml });
            });
          },
        };
      },
      insertOoxml(ooxml: string, where: string) {
        if (where !== 'Replace') throw new Error(`mock: control insertOoxml ${where}`);
        self.enqueue(() => {
          self.controlById(id);
          self.edits.push({ kind: 'insertOoxml', where: 'Replace', anchorId: id, ooxml });
        });
      },
      delete(keepContent: boolean) {
        if (keepContent) throw new Error('mock: delete keeping content');
        self.enqueue(() => {
          self.controlById(id);
          self.doc.controls = self.doc.controls.filter((c) => c.id !== id);
          self.edits.push({ kind: 'delete', controlId: id });
        });
      },
      select() {
        self.enqueue(() => {
          self.controlById(id);
          self.edits.push({ kind: 'select', controlId: id, paragraphIndex: null });
        });
      },
    };
  }

  private context() {
    const self = this;
    const doc = this.doc;
    const controlItems = () =>
      doc.controls.map((c) => {
        const m = this.mock({ id: c.id, tag: c.tag, title: c.title, text: c.text });
        (m as unknown as { paragraphs: unknown }).paragraphs = this.collection((c.paragraphs ?? []).map((p, i) => this.paragraphMock(p, i)));
        return m;
      });
    const contentControls = {
      load(spec: string) {
        const c = self.collection(controlItems());
        c.load(spec);
        return c;
      },
      getById: (id: number) => this.controlProxy(id),
      getByTag(tag: string) {
        return {
          getFirst() {
            return {
              load() {
                self.enqueue(() => {
                  if (!doc.controls.some((c) => c.tag === tag)) throw new ItemNotFound(`no control tagged ${tag}`);
                });
                return this;
              },
            };
          },
        };
      },
    };
    const body = {
      paragraphs: {
        load(spec: string) {
          const c = self.collection(doc.paragraphs.map((p, i) => self.paragraphMock(p, i)));
          c.load(spec);
          return c;
        },
      },
      contentControls,
      insertOoxml(ooxml: string, where: 'End') {
        self.enqueue(() => self.edits.push({ kind: 'insertOoxml', where, anchorId: null, ooxml }));
      },
    };
    const documentMock = this.mock({ changeTrackingMode: doc.changeTrackingMode ?? 'Off' });
    const document = Object.assign(documentMock, {
      body,
      load(props: string) {
        self.loadable(documentMock, props);
        return documentMock;
      },
      getSelection() {
        const around =
          doc.selectedControlId === null
            ? self.mock({ isNullObject: true, id: 0 })
            : self.mock({ isNullObject: false, id: doc.selectedControlId });
        return {
          parentContentControlOrNullObject: {
            load(props: string) {
              self.loadable(around, `isNullObject,${props}`);
              return around;
            },
          },
          insertText(text: string, where: string) {
            if (where !== 'End') throw new Error(`mock: selection insertText ${where}`);
            return {
              insertContentControl() {
                const cc = { tag: '', title: '' };
                self.enqueue(() => self.edits.push({ kind: 'insertReference', text, tag: cc.tag, title: cc.title }));
                return cc;
              },
            };
          },
        };
      },
    });
    return { document, sync: () => this.sync() } as unknown as Word.RequestContext;
  }
}
