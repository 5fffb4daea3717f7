import type { Outcome } from './model.ts';

export interface Classified {
  outcome: Outcome;
  /** The body a proposal goes to, in its definite form ("regionstyrelsen"), for `proposed`. */
  proposedTo: string | null;
}

// JavaScript's \b only knows ASCII letters; these edges know "å", "ä" and "ö".
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const words = (source: string) => new RegExp(source.replaceAll('<', L).replaceAll('>', R), 'iu');

// "X föreslår (att) regionstyrelsen (att) beslutar/besluta", with the receiving body as one to six words.
const PROPOSES = words('<föreslår\\s+(?:att\\s+)?((?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+)\\s+(?:att\\s+)?beslutar?>');
// "Ärendet överlämnas till regionstyrelsen för beslut": forwarded, not decided here.
const FORWARDS = words('<överlämnas\\s+till\\s+((?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+)\\s+för\\s+(?:beslut|avgörande)>');
const REFERRED_BACK = words('<(?:återremitter(?:as|ar|a|ades)|återremiss)>');
// A decision that refuses a motion to refer back is not a referral back.
const REFUSES_REFERRAL = words('<avslå(?:s|r)?\\s+(?:\\p{L}+\\s+){0,3}?(?:om\\s+)?återremiss');
const TABLED = words('<bordl(?:äggs|ägger|ägga|ades|agt|agd|äggning)>');
const INFORMATION_NOTED = words(
  [
    '<informationen\\s+(?:noteras|är\\s+delgiven|har\\s+delgivits|tas\\s+till\\s+protokollet)>',
    '<noteras\\s+till\\s+protokollet>',
    '<(?:redovisningen|rapporten|informationen|anmälan|uppföljningen)\\s+(?:noteras|läggs\\s+till\\s+handlingarna)>',
    '<lägga\\s+(?:informationen|redovisningen|rapporten)\\s+till\\s+handlingarna>',
  ].join('|'),
);
const REJECTED = words('<(?:avslås|avslår|avslogs)>');

/**
 * The definite form of a body named in "föreslår att regionstyrelsens beslutar": a genitive `s`
 * after a definite ending is a slip (the real fixture has "regionstyrelsens").
 */
function definiteBody(name: string): string {
  return name.trim().replace(/\s+/g, ' ').replace(/(en|et|na)s$/iu, '$1');
}

/**
 * What a paragraph's Beslut text did to the case. A proposal to another body is recognised first:
 * "Arbetsutskottet föreslår att regionstyrelsen beslutar: Informationen noteras" is a proposal,
 * not noted information, because the case goes on to the regionstyrelse.
 */
export function classifyOutcome(decision: string): Classified {
  const text = decision.replace(/\s+/g, ' ');
  const proposal = PROPOSES.exec(text) ?? FORWARDS.exec(text);
  if (proposal) return { outcome: 'proposed', proposedTo: definiteBody(proposal[1]!) };
  const none = { proposedTo: null };
  if (REFERRED_BACK.test(text) && !REFUSES_REFERRAL.test(text)) return { outcome: 'referredBack', ...none };
  if (TABLED.test(text)) return { outcome: 'tabled', ...none };
  if (INFORMATION_NOTED.test(text)) return { outcome: 'informationNoted', ...none };
  if (REJECTED.test(text) && !REFUSES_REFERRAL.test(text)) return { outcome: 'rejected', ...none };
  return { outcome: 'decided', ...none };
}
