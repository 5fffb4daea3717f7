/// <reference types="office-js" />
import { entryText, parseSnapshot, type DocumentSnapshot, type DocumentSnapshotInput } from '../../../core/addin/snapshot.ts';
import { EditPlan, WrapReference, writeOrder, type EditOperation } from '../../../core/addin/edit-plan.ts';
import { checkPlan } from '../../../core/addin/plan-check.ts';
import { readStructure } from '../../../core/addin/document-structure.ts';
import { findSectionMentions } from '../../../core/addin/references.ts';
import type { PlanResult } from '../../../core/addin/renumber.ts';
import { entryTag, parseTag } from '../../../core/addin/tags.ts';
import { xmlTokens } from '../../../core/read/xml-tokens.ts';
import {
  GatewayError,
  SnapshotListeners,
  type ApplyResult,
  type Capabilities,
  type DocumentGateway,
  type EditResult,
  type SelectTarget,
  type TrackingMode,
} from './gateway.ts';

/** `Word.run`, injectable so tests can hand in a mocked request context and count its syncs. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements`. */
export interface RequirementSets {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The titles core/ooxml gives our inline controls, so that their text is read without the entries'. */
const NUMBER_TITLE = 'Paragrafnummer';
const REFERENCE_TITLE = 'Hänvisning';
const CONTROL_PROPS = 'items/id,items/tag,items/title,items/cannotEdit,items/cannotDelete,items/parentContentControlOrNullObject/id';
const PARAGRAPH_PROPS = 'items/style,items/styleBuiltIn,items/parentContentControlOrNullObject/id';

/** What one read queues: loaded once its sync has run. */
interface Queued {
  paragraphs: Word.ParagraphCollection;
  controls: Word.ContentControlCollection;
  inline: Word.ContentControlCollection[];
  around: Word.ContentControl;
  /** WordApi 1.4: the body as it currently reads, paragraphs separated by "\r". */
  bodyText: OfficeExtension.ClientResult<string> | null;
  document: Word.Document | null;
}

/** A read of the document: the snapshot, and the proxies the same `Word.run` writes through. */
interface Read {
  snapshot: DocumentSnapshot;
  paragraphs: Word.Paragraph[];
  controls: Map<number, Word.ContentControl>;
  trackingMode: TrackingMode | null;
}

/** A number or reference as our controls write it, with nothing else in it: `§ 12`, `§§ 3–4 och 6`. */
function looksWritten(text: string): boolean {
  const m = findSectionMentions(text);
  return m.length === 1 && m[0]!.start === 0 && m[0]!.end === text.length;
}

/** A control's text from its OOXML as it currently reads: `w:t` only, deleted runs (`w:delText`) left out. */
export function currentTextOfOoxml(ooxml: string): string {
  let text = '';
  let inText = false;
  for (const t of xmlTokens(ooxml)) {
    if (t.type === 'open' && t.name === 'w:t' && !t.selfClosing) inText = true;
    else if (t.type === 'open' && t.name === 'w:tab') text += '\t';
    else if (t.type === 'close' && t.name === 'w:t') inText = false;
    else if (t.type === 'text' && inText) text += t.text;
  }
  return text;
}

function trackingMode(document: Word.Document): TrackingMode {
  const mode = String(document.changeTrackingMode);
  return mode === 'TrackAll' ? 'trackAll' : mode === 'TrackMineOnly' ? 'trackMineOnly' : 'off';
}

const parentOf = (o: { parentContentControlOrNullObject: Word.ContentControl }): number | null =>
  o.parentContentControlOrNullObject.isNullObject ? null : o.parentContentControlOrNullObject.id;

/**
 * The only code that talks to Word. WordApi 1.3 is the baseline (volume-licensed Office 2019/2021);
 * later sets are only used after `isSetSupported`. Budgets, whatever the document's length:
 *
 * - reading the document (Granska) is 1 sync: paragraphs with their style and the control they lie
 *   in, controls without their text, and the text of our number and reference controls by their
 *   title, so that the body's text is sent once. One more sync only where Word's plain text cannot
 *   be trusted: a number or reference control with text deleted under Track Changes in it
 *   (`getReviewedText('Current')` on 1.4; below, its OOXML without `w:delText`), or a body whose
 *   current text does not split into its paragraphs (a whole paragraph deleted under tracking).
 * - an edit (inserting a §, renumbering) is 2 syncs from click to updated pane: the read above,
 *   the plan made and checked exactly in code, then the writes and, in the same batch, the read
 *   that updates the pane. Filling in an entry takes one more, to keep what it replaces for undo.
 */
export class OfficeGateway implements DocumentGateway {
  private readonly run: WordRun;
  private readonly requirements: RequirementSets;
  private readonly snapshots = new SnapshotListeners();
  /**
   * Our number and reference controls whose plain text held tracked deletions, by id: that text and
   * what it currently reads. While the plain text stays the same, the current text is known without
   * asking Word again, so a document with pending tracked changes costs the extra sync once.
   */
  private readonly reviewedCache = new Map<number, { plain: string; current: string }>();

  constructor(run: WordRun, requirements: RequirementSets) {
    this.run = run;
    this.requirements = requirements;
  }

  private get reviewed(): boolean {
    return this.requirements.isSetSupported('WordApi', '1.4');
  }

  onSnapshot(listener: (snapshot: DocumentSnapshot) => void): () => void {
    return this.snapshots.add(listener);
  }

  async snapshot(): Promise<DocumentSnapshot> {
    try {
      const read = await this.run(async (context) => {
        const queued = this.queueRead(context);
        await context.sync();
        return this.finishRead(context, queued);
      });
      return this.snapshots.publish(read.snapshot);
    } catch (error) {
      throw readError(error);
    }
  }

  async apply(plan: EditPlan): Promise<ApplyResult> {
    const checked = EditPlan.safeParse(plan);
    if (!checked.success) throw new GatewayError('Ändringen kunde inte göras: planen har fel format. Inget i dokumentet ändrades.');
    const done = await this.edit(() => ({ ok: true as const, plan: checked.data, numbers: [], problems: [] }));
    return done.result ?? { operations: 0, tracked: false, snapshot: done.snapshot };
  }

  async edit<P extends PlanResult>(planner: (current: DocumentSnapshot) => P): Promise<EditResult<P>> {
    const failed: { failure?: { error: unknown; plan: EditPlan; before: Read; kept: Map<number, string>; why?: string } } = {};
    const outcome = await this.run(async (context) => {
      const queued = this.queueRead(context);
      await context.sync();
      const before = await this.finishRead(context, queued);
      this.snapshots.publish(before.snapshot);
      const planned = planner(before.snapshot);
      if (!planned.ok || planned.plan.operations.length === 0) return { planned, result: null, snapshot: before.snapshot };
      const checked = checkPlan(planned.plan, before.snapshot);
      if (!checked.ok) throw new GatewayError(checked.message, { reload: checked.reload });
      if (planned.plan.operations.some((o) => o.op === 'insertEntry' && o.position.at === 'end') && before.snapshot.paragraphs.at(-1)?.controlId) {
        throw new GatewayError('Inget ändrades: dokumentet slutar i en innehållskontroll, och en ny paragraf skulle hamna inuti den. Läs in dokumentet igen och försök på nytt.', { reload: true });
      }
      const kept = await this.keepForUndo(context, before, planned.plan);
      const ops = writeOrder(planned.plan.operations);
      for (const op of ops) this.queueWrite(context, before, op);
      // Word's search sees text deleted under tracking, which the snapshot (as it currently reads, 1.4)
      // leaves out: a mention is only wrapped in a paragraph whose plain text reads the same.
      const searched = this.reviewed ? ops.flatMap((o) => (o.op === 'wrapReference' ? [{ index: o.paragraphIndex, plain: before.paragraphs[o.paragraphIndex]!.load('text') }] : [])) : [];
      const after = this.queueRead(context);
      try {
        await context.sync();
      } catch (error) {
        failed.failure = { error, plan: planned.plan, before, kept };
        return null;
      }
      // What the written controls read now is what was written: no need to ask Word about their tracked deletions.
      const written = new Map(ops.filter((o) => o.op === 'setControlText').map((o) => [o.controlId, o.to]));
      const read = await this.finishRead(context, after, written);
      if (searched.some((x) => x.plain.text !== before.snapshot.paragraphs[x.index]?.text)) {
        const why = 'Stycket har ändringar som spåras, och Word kan inte skilja hänvisningen från den borttagna texten. Godkänn eller avvisa ändringarna i stycket, eller skriv om hänvisningen med Infoga hänvisning.';
        failed.failure = { error: new Error('tracked changes in the paragraph of a wrapped mention'), plan: planned.plan, before, kept, why };
        return null;
      }
      const result: ApplyResult = { operations: ops.length, tracked: (read.trackingMode ?? 'off') !== 'off', snapshot: read.snapshot };
      return { planned, result, snapshot: read.snapshot };
    }).catch((error: unknown) => {
      throw error instanceof GatewayError ? error : readError(error);
    });
    if (failed.failure) throw await this.takeBack(failed.failure);
    this.snapshots.publish(outcome!.snapshot);
    return outcome as EditResult<P>;
  }

  async select(target: SelectTarget): Promise<void> {
    try {
      await this.run(async (context) => {
        const body = context.document.body;
        if (target.kind === 'control') {
          body.contentControls.getById(target.controlId).select('Select');
          await context.sync();
          return;
        }
        const paragraphs = body.paragraphs.load('items/styleBuiltIn');
        await context.sync();
        const p = paragraphs.items[target.index];
        if (!p) throw new GatewayError('Stycket finns inte längre i dokumentet. Granska igen.', { reload: true });
        p.select('Select');
        await context.sync();
      });
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      throw new GatewayError('Stället finns inte längre i dokumentet. Granska igen.', { reload: true, detail: codeOf(error) });
    }
  }

  async capabilities(): Promise<Capabilities> {
    if (!this.requirements.isSetSupported('WordApi', '1.3')) {
      return {
        baseline: false,
        trackingMode: null,
        notices: ['Tillägget kräver Word 2019 eller senare (WordApi 1.3). Den här Word-versionen kan inte läsa eller skriva paragrafer.'],
      };
    }
    const trackingMode = await this.trackingModeIfKnown();
    const notices: string[] = [];
    if (trackingMode === null) {
      notices.push('Den här Word-versionen kan inte visa om Spåra ändringar är på (kräver WordApi 1.4). Tillägget ändrar aldrig inställningen: är spårning på i Word spåras tilläggets ändringar också.');
    }
    return { baseline: true, trackingMode, notices };
  }

  /** Track Changes is read (never set) where WordApi 1.4 allows; below it the mode is unknown. */
  private async trackingModeIfKnown(): Promise<TrackingMode | null> {
    if (!this.reviewed) return null;
    return this.run(async (context) => {
      const document = context.document.load('changeTrackingMode');
      await context.sync();
      return trackingMode(document);
    });
  }

  // ---- reading ----

  private queueRead(context: Word.RequestContext): Queued {
    const body = context.document.body;
    const reviewed = this.reviewed;
    return {
      paragraphs: body.paragraphs.load(reviewed ? PARAGRAPH_PROPS : `items/text,${PARAGRAPH_PROPS}`),
      controls: body.contentControls.load(CONTROL_PROPS),
      inline: [NUMBER_TITLE, REFERENCE_TITLE].map((title) => body.contentControls.getByTitle(title).load('items/id,items/text')),
      around: context.document.getSelection().parentContentControlOrNullObject.load('id'),
      bodyText: reviewed ? body.getReviewedText('Current') : null,
      document: reviewed ? context.document.load('changeTrackingMode') : null,
    };
  }

  /** The snapshot from a read whose sync has run; one more sync only where plain text cannot be trusted. */
  private async finishRead(context: Word.RequestContext, q: Queued, written: ReadonlyMap<number, string> = new Map()): Promise<Read> {
    const items = q.paragraphs.items;
    const controlItems = q.controls.items;
    const controlsById = new Map(controlItems.map((c) => [c.id, c]));
    const inlineText = new Map<number, string>();
    for (const list of q.inline) for (const c of list.items) inlineText.set(c.id, c.text);

    // Paragraph text: plain below 1.4; as it currently reads on 1.4, from the body's text when it
    // splits into the paragraphs Word lists (it does not when a whole paragraph is deleted under tracking).
    let texts: string[] | null = q.bodyText ? q.bodyText.value.replace(/\r$/, '').split('\r') : items.map((p) => p.text);
    if (q.bodyText && items.length === 0) texts = [];
    let reviewedTexts: OfficeExtension.ClientResult<string>[] | null = null;
    if (texts && texts.length !== items.length) {
      reviewedTexts = items.map((p) => p.getReviewedText('Current'));
      texts = null;
    }

    const paragraphControl = items.map(parentOf);
    const parent = new Map(controlItems.map((c) => [c.id, parentOf(c)]));
    // Our number and reference controls: their text, unless it may hold tracked deletions.
    const ours = controlItems.filter((c) => {
      const kind = parseTag(c.tag)?.kind;
      return kind === 'num' || kind === 'ref';
    });
    // On 1.4, a number control must begin its entry's heading as the heading currently reads; when it
    // does not, its plain text holds a tracked deletion even if it looks like a number ("§ 43", 3 deleted).
    const headingOf = (id: number): string | null => {
      if (!texts) return null;
      const entry = parent.get(id) ?? null;
      const i = paragraphControl.findIndex((pc, k) => pc === entry && texts![k] !== '');
      return i >= 0 ? texts[i]! : null;
    };
    const inlineCurrent = new Map<number, string>();
    const fallback: { id: number; value: OfficeExtension.ClientResult<string> | Word.ContentControl; ooxml: boolean }[] = [];
    for (const c of ours) {
      const plain = inlineText.get(c.id);
      const cached = this.reviewedCache.get(c.id);
      const heading = this.reviewed && parseTag(c.tag)?.kind === 'num' ? headingOf(c.id) : null;
      if (plain !== undefined && written.has(c.id)) inlineCurrent.set(c.id, written.get(c.id)!);
      else if (plain !== undefined && cached?.plain === plain) inlineCurrent.set(c.id, cached.current);
      else if (plain !== undefined && (plain === '' || looksWritten(plain)) && (heading === null || heading.startsWith(plain))) inlineCurrent.set(c.id, plain);
      else if (this.reviewed) fallback.push({ id: c.id, value: c.getReviewedText('Current'), ooxml: false });
      else if (plain !== undefined) fallback.push({ id: c.id, value: c.getOoxml(), ooxml: true });
      // A control of ours whose title the clerk changed: its text, read on its own.
      else fallback.push({ id: c.id, value: c.load('text'), ooxml: false });
    }
    if (reviewedTexts || fallback.length > 0) {
      await context.sync();
      if (reviewedTexts) texts = reviewedTexts.map((r) => r.value);
      for (const f of fallback) {
        const value = 'value' in f.value ? (f.value as OfficeExtension.ClientResult<string>).value : (f.value as Word.ContentControl).text;
        inlineCurrent.set(f.id, f.ooxml ? currentTextOfOoxml(value) : value);
      }
    }
    for (const c of ours) {
      const plain = inlineText.get(c.id);
      const current = inlineCurrent.get(c.id);
      if (plain !== undefined && current !== undefined && plain !== current) this.reviewedCache.set(c.id, { plain, current });
      else this.reviewedCache.delete(c.id);
    }

    const paragraphTexts = texts ?? items.map(() => '');
    const paragraphs = items.map((p, i) => ({ text: paragraphTexts[i] ?? '', style: p.style, styleBuiltIn: String(p.styleBuiltIn), controlId: paragraphControl[i] ?? null }));
    // An entry reads as its paragraphs; one that reads empty now was deleted under Track Changes.
    const within = (id: number, ancestor: number) => {
      const seen = new Set<number>();
      for (let x: number | null = id; x !== null && !seen.has(x); x = parent.get(x) ?? null) {
        if (x === ancestor) return true;
        seen.add(x);
      }
      return false;
    };
    const entryTexts = new Map<number, string>();
    for (const c of controlItems) {
      if (parseTag(c.tag)?.kind !== 'entry') continue;
      entryTexts.set(c.id, entryText(paragraphs.filter((p) => p.controlId !== null && within(p.controlId, c.id))));
    }
    const gone = new Set([...entryTexts].filter(([, text]) => text === '').map(([id]) => id));
    const controls: DocumentSnapshotInput['controls'] = [];
    for (const c of controlItems) {
      if ([...gone].some((g) => within(c.id, g))) continue;
      const kind = parseTag(c.tag)?.kind;
      const text = kind === 'entry' ? entryTexts.get(c.id)! : (inlineCurrent.get(c.id) ?? inlineText.get(c.id) ?? '');
      // A number or reference deleted under tracking reads empty now though its plain text does not.
      if ((kind === 'num' || kind === 'ref') && text === '' && (inlineText.get(c.id) ?? '') !== '') continue;
      controls.push({ id: c.id, tag: c.tag ?? '', title: c.title ?? '', text, cannotEdit: Boolean(c.cannotEdit), cannotDelete: Boolean(c.cannotDelete), parentId: parent.get(c.id) ?? null });
    }
    const parsed = parseSnapshot({ paragraphs, controls, selectedControlId: q.around.isNullObject ? null : q.around.id });
    if (!parsed.ok) throw new GatewayError(parsed.message);
    return { snapshot: parsed.snapshot, paragraphs: items, controls: controlsById, trackingMode: q.document ? trackingMode(q.document) : null };
  }

  // ---- writing ----

  /** Before rewriting an entry's paragraphs: what they are now, as OOXML, so that a failure can put them back. */
  private async keepForUndo(context: Word.RequestContext, before: Read, plan: EditPlan): Promise<Map<number, string>> {
    const rewrites = plan.operations.filter((o): o is Extract<EditOperation, { op: 'replaceParagraphs' }> => o.op === 'replaceParagraphs' && o.from.length > 0);
    if (rewrites.length === 0) return new Map();
    const results = rewrites.map((op) => [op.start, this.rangeOf(before, op).getOoxml()] as const);
    await context.sync();
    return new Map(results.map(([start, r]) => [start, r.value]));
  }

  /** The paragraphs an entry rewrite replaces, as one range (the paragraph it follows, when it replaces none). */
  private rangeOf(before: Read, op: Extract<EditOperation, { op: 'replaceParagraphs' }>): Word.Range {
    const entry = readStructure(before.snapshot).entries.find((e) => e.control.id === op.controlId)!;
    const first = entry.firstParagraph + op.start;
    if (op.from.length === 0) return before.paragraphs[first - 1]!.getRange('Whole');
    return before.paragraphs[first]!.getRange('Whole').expandTo(before.paragraphs[first + op.from.length - 1]!.getRange('Whole'));
  }

  private queueWrite(context: Word.RequestContext, before: Read, op: EditOperation): void {
    const controls = context.document.body.contentControls;
    switch (op.op) {
      case 'insertEntry': {
        const pos = op.position;
        if (pos.at === 'end') context.document.body.insertOoxml(op.ooxml, 'End');
        else if (pos.at === 'beforeParagraph') before.paragraphs[pos.index]!.getRange('Whole').insertOoxml(op.ooxml, 'Before');
        else controls.getById(pos.controlId).getRange('Whole').insertOoxml(op.ooxml, pos.at === 'before' ? 'Before' : 'After');
        return;
      }
      case 'setControlText':
        controls.getById(op.controlId).insertText(op.to, 'Replace');
        return;
      case 'setControlTag':
        controls.getById(op.controlId).tag = op.to;
        return;
      case 'insertReference': {
        // At the end of the selection, so selected text is never replaced.
        const reference = context.document.getSelection().insertText(op.text, 'End').insertContentControl();
        reference.tag = op.tag;
        reference.title = REFERENCE_TITLE;
        return;
      }
      case 'wrapReference': {
        // The mention as a search from the paragraph's start finds it, past the earlier matches;
        // the search text is only § signs, digits and the like (WrapReference), never a Word special character.
        if (!WrapReference.shape.text.safeParse(op.text).success) throw new GatewayError('Inget ändrades: hänvisningen kan inte sökas fram i Word. Skriv om den med Infoga hänvisning.');
        const paragraph = before.paragraphs[op.paragraphIndex]!;
        let found = paragraph.search(op.text, { matchCase: true }).getFirst();
        for (let k = 0; k < op.occurrence; k++) found = found.getRange('After').expandTo(paragraph.getRange('End')).search(op.text, { matchCase: true }).getFirst();
        const reference = found.insertContentControl();
        reference.tag = op.tag;
        reference.title = REFERENCE_TITLE;
        return;
      }
      case 'rewriteParagraphs': {
        // Each line keeps its paragraph and formatting; extra lines take the last one's; the surplus goes last of all.
        const lines = before.paragraphs.slice(op.start, op.start + op.from.length);
        const shared = Math.min(lines.length, op.to.length);
        for (let k = 0; k < shared; k++) if (op.from[k] !== op.to[k]) lines[k]!.insertText(op.to[k]!, 'Replace');
        let last = lines[shared - 1]!;
        for (const text of op.to.slice(shared)) last = last.insertParagraph(text, 'After');
        if (lines.length > shared) lines[shared]!.getRange('Whole').expandTo(lines[lines.length - 1]!.getRange('Whole')).delete();
        return;
      }
      case 'replaceParagraphs': {
        const range = this.rangeOf(before, op);
        if (op.from.length === 0) range.insertOoxml(op.ooxml!, 'After');
        else if (op.ooxml) range.insertOoxml(op.ooxml, 'Replace');
        else range.delete();
        return;
      }
      case 'deleteEntry':
        controls.getById(op.controlId).delete(false);
        return;
    }
  }

  /**
   * After Word failed part-way through a plan: reads what it did, and takes it back in one more
   * batch (numbers and tags set back, inserted entries and references deleted, a wrapped mention's
   * control taken off its text, rewritten paragraphs put back from their OOXML, table-of-contents
   * lines set back and the ones added deleted). The error says whether the document is as it was.
   */
  private async takeBack(failure: { error: unknown; plan: EditPlan; before: Read; kept: Map<number, string>; why?: string }): Promise<GatewayError> {
    const detail = codeOf(failure.error);
    const { plan, before, kept } = failure;
    try {
      const restored = await this.run(async (context) => {
        const queued = this.queueRead(context);
        await context.sync();
        const now = await this.finishRead(context, queued);
        const controls = context.document.body.contentControls;
        const byId = new Map(now.snapshot.controls.map((c) => [c.id, c]));
        const existed = new Set(before.snapshot.controls.map((c) => c.id));
        const entries = readStructure(now.snapshot).entries;
        for (const op of [...writeOrder(plan.operations)].reverse()) {
          if (op.op === 'setControlText' && byId.get(op.controlId)?.text === op.to) controls.getById(op.controlId).insertText(op.from, 'Replace');
          else if (op.op === 'setControlTag' && byId.get(op.controlId)?.tag === op.to) controls.getById(op.controlId).tag = op.from;
          else if (op.op === 'insertEntry') {
            const tags = new Set(op.entryIds.map(entryTag));
            for (const c of now.snapshot.controls) if (tags.has(c.tag) && !existed.has(c.id)) controls.getById(c.id).delete(false);
          } else if (op.op === 'insertReference') {
            for (const c of now.snapshot.controls) if (c.tag === op.tag && !existed.has(c.id)) controls.getById(c.id).delete(false);
          } else if (op.op === 'rewriteParagraphs') {
            // The surplus lines are deleted by the last write, so a failure left them; lines rewritten go back, lines added go.
            const shared = Math.min(op.from.length, op.to.length);
            for (let k = 0; k < shared; k++) {
              if (op.from[k] !== op.to[k] && now.snapshot.paragraphs[op.start + k]?.text === op.to[k]) now.paragraphs[op.start + k]!.insertText(op.from[k]!, 'Replace');
            }
            op.to.slice(shared).forEach((text, k) => {
              const i = op.start + shared + k;
              if (now.snapshot.paragraphs[i]?.text === text) now.paragraphs[i]!.delete();
            });
          } else if (op.op === 'wrapReference') {
            // The clerk's text stays; only the control around it goes.
            // Every control Word lists, those around text deleted under tracking too (the snapshot leaves them out).
            for (const [id, c] of now.controls) if (c.tag === op.tag && !existed.has(id)) c.delete(true);
          } else if (op.op === 'replaceParagraphs') {
            const entry = entries.find((e) => e.control.id === op.controlId);
            if (!entry) continue;
            const first = entry.firstParagraph + op.start;
            const now_ = now.snapshot.paragraphs.slice(first, first + op.to.length).map((p) => p.text);
            if (op.to.length === 0 || now_.join('\r') !== op.to.join('\r')) continue;
            const range = now.paragraphs[first]!.getRange('Whole').expandTo(now.paragraphs[first + op.to.length - 1]!.getRange('Whole'));
            const old = kept.get(op.start);
            if (old) range.insertOoxml(old, 'Replace');
            else range.delete();
          }
        }
        await context.sync();
        const check = this.queueRead(context);
        await context.sync();
        const after = await this.finishRead(context, check);
        this.snapshots.publish(after.snapshot);
        return (
          plan.controls.every((e) => after.snapshot.controls.find((c) => c.id === e.controlId)?.text === e.text) &&
          plan.paragraphs.every((e) => after.snapshot.paragraphs[e.index]?.text === e.text) &&
          !after.snapshot.controls.some((c) => !existed.has(c.id) && parseTag(c.tag) !== null)
        );
      });
      if (restored) return new GatewayError(failure.why ? `Inget ändrades: ${failure.why}` : 'Word kunde inte göra ändringen, och det som hann göras togs tillbaka. Inget ändrades. Försök igen.', { detail });
    } catch {
      // Taking back failed too: say so below.
    }
    return new GatewayError('Word kunde inte göra hela ändringen, och allt kunde inte tas tillbaka. Kontrollera dokumentet: Ångra i Word tar bort det som ändrades.', { detail });
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : undefined;
}

/** A failed read, in Swedish; Word's code is kept for support, never shown as the message. */
function readError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const code = codeOf(error);
  if (code === 'ItemNotFound') return new GatewayError('Inget ändrades: något som ändringen gällde finns inte längre i dokumentet. Läs in dokumentet igen och försök på nytt.', { reload: true, detail: code });
  if (code === 'AccessDenied') return new GatewayError('Inget ändrades: Word tillåter inte ändringen här (dokumentet eller en del av det är skyddat). Ta bort skyddet och försök igen.', { detail: code });
  return new GatewayError('Word kunde inte läsa eller ändra dokumentet. Inget ändrades. Försök igen om en stund.', { detail: code });
}
