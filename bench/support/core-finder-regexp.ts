import { DEFAULT_CASE_NUMBER_CONFIG, findCaseNumbers } from '../../core/casenumber/index.ts';

/**
 * A global RegExp whose `exec` is the core's case-number finder, so that mark.js and
 * findAndReplaceDOMText mark exactly what our scanner finds and the comparison is of the DOM work.
 * Bundled into the benchmark page; the finder's results are cached per string, as a regex's
 * `lastIndex` walk over one string would cost one pass in total.
 */
export class CoreFinderRegExp extends RegExp {
  private text: string | null = null;
  private matches: ReturnType<typeof findCaseNumbers> = [];
  private next = 0;

  constructor() {
    super('(?:)', 'g');
  }

  override exec(text: string): RegExpExecArray | null {
    if (text !== this.text) {
      this.text = text;
      this.matches = findCaseNumbers(text, DEFAULT_CASE_NUMBER_CONFIG);
      this.next = 0;
    }
    if (this.lastIndex === 0) this.next = 0;
    while (this.next < this.matches.length && this.matches[this.next]!.start < this.lastIndex) this.next++;
    const m = this.matches[this.next++];
    if (!m) {
      this.lastIndex = 0;
      return null;
    }
    this.lastIndex = m.end;
    const result = [m.raw] as unknown as RegExpExecArray;
    result.index = m.start;
    result.input = text;
    return result;
  }
}
