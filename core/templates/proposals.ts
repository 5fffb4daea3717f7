import type { ProposalRef, YrkandeInput } from './entry-input.ts';
import { formatPeople, formatPerson, formatPersonGenitive } from './person-phrases.ts';

/** How a proposal is named when the chair puts it: "liggande förslag", "Anna Bergs (S) förslag". */
export function proposalLabel(ref: ProposalRef, yrkanden: readonly YrkandeInput[]): string {
  if (ref === 'liggande') return 'liggande förslag';
  const y = yrkanden[ref];
  if (!y) throw new Error(`no yrkande ${ref}`);
  return `${formatPersonGenitive(y)} ${y.kind === 'avslag' ? 'avslagsyrkande' : 'förslag'}`;
}

/** The yrkanden that compete with liggande förslag in the main question. */
export function competingProposals(yrkanden: readonly YrkandeInput[]): number[] {
  return yrkanden.flatMap((y, i) => (y.kind === 'eget' || y.kind === 'avslag' ? [i] : []));
}

/** The text ending in a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?:;]$/.test(t) ? t : `${t}.`;
}

function withoutLead(text: string, lead: RegExp): string {
  return text.trim().replace(lead, '').replace(/[.]$/, '');
}

/** What an återremiss is for, without its lead: "komplettera underlaget". */
export function aterremissPurpose(y: YrkandeInput): string {
  return withoutLead(y.proposal, /^för att\s+/i);
}

/** One yrkande as the protocol records it: "Anna Berg (S), med stöd av Karl Lund (V), yrkar att …". */
export function writeYrkande(y: YrkandeInput): string {
  const who = y.supportedBy.length > 0 ? `${formatPerson(y)}, med stöd av ${formatPeople(y.supportedBy)},` : formatPerson(y);
  switch (y.kind) {
    case 'bifall':
      return `${who} yrkar bifall till liggande förslag.`;
    case 'avslag':
      return y.proposal ? `${who} yrkar avslag på liggande förslag.\n${sentence(y.proposal)}` : `${who} yrkar avslag på liggande förslag.`;
    case 'aterremiss':
      return `${who} yrkar att ärendet ska återremitteras för att ${aterremissPurpose(y)}.`;
    case 'bordlaggning':
      return y.proposal ? `${who} yrkar att ärendet ska bordläggas ${withoutLead(y.proposal, /^att\s+/i)}.` : `${who} yrkar att ärendet ska bordläggas.`;
    case 'eget':
      return y.proposal.includes('\n')
        ? `${who} yrkar följande:\n${y.proposal.trim()}`
        : `${who} yrkar att ${withoutLead(y.proposal, /^att\s+/i)}.`;
  }
}

export function writeYrkanden(yrkanden: readonly YrkandeInput[]): string {
  return yrkanden.map(writeYrkande).join('\n\n');
}
