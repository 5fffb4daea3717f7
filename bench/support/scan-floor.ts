import { DEFAULT_CASE_NUMBER_CONFIG, findCaseNumbers } from '../../core/casenumber/index.ts';
import { candidatePattern } from '../../extension/lib/page/reference-candidates.ts';
import { hasSkippedTag } from '../../extension/lib/page/skipped-elements.ts';
import { isLoneText } from '../../extension/lib/page/text-runs.ts';

/**
 * A lower bound for any scan that reads the page's DOM, as the benchmark's yardstick: only the
 * reads no correct scan can leave out. Every text node's text is read and tested for a prefix;
 * each candidate's parent is asked whether it is skipped and whether the text is alone in it; the
 * finder runs once over those texts; every element is asked for a shadow root. Nothing more: no
 * line is joined across elements, no ancestor above the parent is asked, nothing is registered or
 * painted. Returns how many case numbers it found.
 */
export function scanFloor(doc: Document): number {
  const pattern = candidatePattern(DEFAULT_CASE_NUMBER_CONFIG);
  const texts: string[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    if (!pattern.test(text)) continue;
    const parent = node.parentElement;
    if (!parent || hasSkippedTag(parent)) continue;
    if (isLoneText(node)) texts.push(text);
  }
  const elements = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT);
  let shadowRoots = 0;
  for (let el = elements.nextNode() as Element | null; el; el = elements.nextNode() as Element | null) if (el.shadowRoot) shadowRoots++;
  return findCaseNumbers(texts.join('\n\n'), DEFAULT_CASE_NUMBER_CONFIG).length + shadowRoots;
}
