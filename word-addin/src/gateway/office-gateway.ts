/// <reference types="office-js" />
import { parseSnapshot, type DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import { EditPlan, type EditOperation } from '../../../core/addin/edit-plan.ts';
import { entryTag, parseTag } from '../../../core/addin/tags.ts';
import { GatewayError, type ApplyResult, type Capabilities, type DocumentGateway, type SelectTarget, type TrackingMode } from './gateway.ts';

/** `Word.run`, injectable so tests can hand in a mocked request context and count its syncs. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements`. */
export interface RequirementSets {
  isSetSupported(name: string, minVersion?: string): boolean;
}

const PARAGRAPH_PROPS = 'items/text,items/style,items/styleBuiltIn';
const CONTROL_PROPS = 'items/id,items/tag,items/title,items/text';

/**
 * The only code that talks to Word. WordApi 1.3 is the baseline (volume-licensed Office 2019/2021);
 * later sets are only used after `isSetSupported`. Budgets, whatever the document's length:
 * a snapshot is 2 syncs (body + the paragraphs of our entries), applying a plan is 1.
 */
export class OfficeGateway implements DocumentGateway {
  private readonly run: WordRun;
  private readonly requirements: RequirementSets;

  constructor(run: WordRun, requirements: RequirementSets) {
    this.run = run;
    this.requirements = requirements;
  }

  async snapshot(): Promise<DocumentSnapshot> {
    const raw = await this.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs.load(PARAGRAPH_PROPS);
      const controls = body.contentControls.load(CONTROL_PROPS);
      const around = context.document.getSelection().parentContentControlOrNullObject.load('id');
      await context.sync();

      // Our entries' own paragraphs, all queued together: one more sync however many entries there are.
      const entries = controls.items.filter((c) => parseTag(c.tag)?.kind === 'entry');
      const entryParagraphs = new Map(entries.map((c) => [c.id, c.paragraphs.load(PARAGRAPH_PROPS)]));
      if (entries.length > 0) await context.sync();

      const paragraph = (p: Word.Paragraph) => ({ text: p.text, style: p.style, styleBuiltIn: String(p.styleBuiltIn) });
      return {
        paragraphs: paragraphs.items.map(paragraph),
        controls: controls.items.map((c) => {
          const own = entryParagraphs.get(c.id);
          return { id: c.id, tag: c.tag ?? '', title: c.title ?? '', text: c.text, ...(own ? { paragraphs: own.items.map(paragraph) } : {}) };
        }),
        selectedControlId: around.isNullObject ? null : around.id,
      };
    });
    const parsed = parseSnapshot(raw);
    if (!parsed.ok) throw new GatewayError(parsed.message);
    return parsed.snapshot;
  }

  /**
   * One sync. Word runs a batch in order and stops at the first failing operation without undoing
   * what ran before it, so every check (the control still exists, still reads `from`, still has its
   * tag) is queued before the first edit: a stale plan fails on a check and changes nothing.
   */
  async apply(plan: EditPlan): Promise<ApplyResult> {
    const checked = EditPlan.safeParse(plan);
    if (!checked.success) throw new GatewayError('Ändringen kunde inte göras: planen har fel format. Inget i dokumentet ändrades.');
    // Writing OOXML is the edit most likely to fail; run it first, so that when it does nothing else has run.
    const writesOoxml = (op: EditOperation) => Number(op.op === 'insertEntry' || op.op === 'replaceEntry');
    const operations = [...checked.data.operations].sort((a, b) => writesOoxml(b) - writesOoxml(a));
    const canReadTracking = this.requirements.isSetSupported('WordApi', '1.4');
    try {
      const tracking = await this.run(async (context) => {
        const controls = context.document.body.contentControls;
        const edits = operations.map((op) => queueCheck(context, controls, op));
        for (const edit of edits) edit();
        const document = canReadTracking ? context.document.load('changeTrackingMode') : null;
        await context.sync();
        return document ? trackingMode(document) : null;
      });
      return { operations: operations.length, tracked: tracking !== null && tracking !== 'off' };
    } catch (error) {
      throw toGatewayError(error);
    }
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
        const paragraphs = body.paragraphs.load('items/text');
        await context.sync();
        const p = paragraphs.items[target.index];
        if (!p) throw new GatewayError('Stycket finns inte längre i dokumentet. Granska igen.');
        p.select('Select');
        await context.sync();
      });
    } catch (error) {
      throw toGatewayError(error);
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
    if (!this.requirements.isSetSupported('WordApi', '1.4')) return null;
    return this.run(async (context) => {
      const document = context.document.load('changeTrackingMode');
      await context.sync();
      return trackingMode(document);
    });
  }
}

function trackingMode(document: Word.Document): TrackingMode {
  const mode = String(document.changeTrackingMode);
  return mode === 'TrackAll' ? 'trackAll' : mode === 'TrackMineOnly' ? 'trackMineOnly' : 'off';
}

/** Queues the checks of one operation now and returns its edit, to be queued after every check. */
function queueCheck(context: Word.RequestContext, controls: Word.ContentControlCollection, op: EditOperation): () => void {
  switch (op.op) {
    case 'insertEntry': {
      const pos = op.position;
      if (pos.at === 'end') return () => void context.document.body.insertOoxml(op.ooxml, 'End');
      const anchor = controls.getById(pos.controlId);
      anchor.load('id');
      return () => void anchor.getRange('Whole').insertOoxml(op.ooxml, pos.at === 'before' ? 'Before' : 'After');
    }
    case 'setControlText': {
      const control = controls.getById(op.controlId);
      // Throws ItemNotFound when the control no longer reads `from` (the clerk typed in it).
      control.search(op.from, { matchCase: true }).getFirst().load('text');
      return () => void control.insertText(op.to, 'Replace');
    }
    case 'setControlTag': {
      controls.getByTag(op.from).getFirst().load('id');
      const control = controls.getById(op.controlId);
      return () => {
        control.tag = op.to;
      };
    }
    case 'insertReference': {
      const selection = context.document.getSelection();
      return () => {
        // At the end of the selection, so selected text is never replaced.
        const reference = selection.insertText(op.text, 'End').insertContentControl();
        reference.tag = op.tag;
        reference.title = 'Hänvisning';
      };
    }
    case 'replaceEntry': {
      controls.getByTag(entryTag(op.entryId)).getFirst().load('id');
      const control = controls.getById(op.controlId);
      // Word's search takes at most 255 characters: the entry's heading line stands for its text.
      const heading = op.from.split(/\r\n|\r|\n/)[0]?.trim().slice(0, 255);
      if (heading) control.search(heading, { matchCase: true }).getFirst().load('text');
      else control.load('id');
      return () => void control.insertOoxml(op.ooxml, 'Replace');
    }
    case 'deleteEntry': {
      controls.getByTag(entryTag(op.entryId)).getFirst().load('id');
      const control = controls.getById(op.controlId);
      control.load('id');
      return () => control.delete(false);
    }
  }
}

function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ItemNotFound') return new GatewayError('Dokumentet har ändrats sedan det lästes. Inget ändrades – försök igen.');
  const message = error instanceof Error ? error.message : String(error);
  return new GatewayError(`Word kunde inte utföra ändringen (${code ?? message}). Kontrollera dokumentet och försök igen.`);
}
