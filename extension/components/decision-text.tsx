import { useState } from 'preact/hooks';

/** Decisions longer than this are cut at a word boundary and can be expanded. */
export const DECISION_PREVIEW_CHARS = 180;

export function shortenDecision(text: string, max = DECISION_PREVIEW_CHARS): string | null {
  if (text.length <= max) return null;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

export function DecisionText({ text, id }: { text: string; id: string }) {
  const [expanded, setExpanded] = useState(false);
  const short = shortenDecision(text);
  return (
    <div class="decision">
      <p id={id} class="decision-text">
        {expanded || !short ? text : short}
      </p>
      {short && (
        <button type="button" class="more" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Visa mindre' : 'Visa hela beslutet'}
        </button>
      )}
    </div>
  );
}
