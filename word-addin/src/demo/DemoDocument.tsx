import { useEffect, useState } from 'preact/hooks';
import type { MemoryParagraph } from '../gateway/memory-document.ts';
import type { MemoryGateway } from '../gateway/memory-gateway.ts';

/**
 * The in-memory document drawn like a page, so the demo shows what the pane wrote. Clicking a
 * paragraph puts the cursor there (at its end), as clicking in Word would.
 */
export function DemoDocument({ gateway }: { gateway: MemoryGateway }) {
  const [, setVersion] = useState(0);
  useEffect(() => gateway.subscribe(() => setVersion((v) => v + 1)), [gateway]);
  const selection = gateway.doc.selection;
  let index = 0;

  const paragraph = (p: MemoryParagraph) => {
    const i = index++;
    const length = p.runs.reduce((n, r) => n + r.text.length, 0);
    const level = /^Heading([1-4])$/.exec(p.styleBuiltIn)?.[1];
    const Tag = p.styleBuiltIn === 'Title' ? 'h1' : level ? (`h${Number(level) + 1}` as 'h2' | 'h3' | 'h4' | 'h5') : 'p';
    return (
      <Tag
        key={i}
        class={`p-${p.styleBuiltIn}${selection?.paragraphIndex === i ? ' cursor' : ''}`}
        onClick={() => gateway.placeCursor(i, length)}
      >
        {p.runs.map((r, k) => ('control' in r ? <span key={k} class={r.control.tag.startsWith('protokoll:ref:') ? 'ref' : undefined}>{r.text}</span> : r.text))}
      </Tag>
    );
  };

  return (
    <div class="demo-document" aria-label="Dokumentet (demo)" role="region">
      <div class="demo-page">
        {gateway.doc.blocks.map((b, k) =>
          'control' in b ? (
            <div key={`c${b.control.id}`} class="cc" title={b.control.title}>
              {b.paragraphs.map(paragraph)}
            </div>
          ) : (
            <div key={`p${k}`}>{paragraph(b.paragraph)}</div>
          ),
        )}
      </div>
    </div>
  );
}
