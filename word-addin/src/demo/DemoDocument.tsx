import { useEffect, useState } from 'preact/hooks';
import type { MemoryParagraph } from '../gateway/memory-document.ts';
import type { MemoryGateway } from '../gateway/memory-gateway.ts';
import type { MemoryDocumentCreator } from '../gateway/document-creator.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** One object URL per opened document, kept for the page's life. */
const urls = new WeakMap<Uint8Array, string>();
const urlOf = (docx: Uint8Array) => urls.get(docx) ?? (urls.set(docx, URL.createObjectURL(new Blob([docx as BlobPart], { type: DOCX }))), urls.get(docx)!);

/**
 * The in-memory document drawn like a page, so the demo shows what the pane wrote. Clicking a
 * paragraph puts the cursor there (at its end), as clicking in Word would. Documents the pane
 * opened (an extract) are listed below it to download.
 */
export function DemoDocument({ gateway, creator }: { gateway: MemoryGateway; creator: MemoryDocumentCreator }) {
  const [, setVersion] = useState(0);
  useEffect(() => gateway.subscribe(() => setVersion((v) => v + 1)), [gateway]);
  useEffect(() => creator.subscribe(() => setVersion((v) => v + 1)), [creator]);
  const selection = gateway.doc.selection;
  let index = 0;

  // Text deleted under Track Changes stays on the page struck through, as Word shows it.
  const paragraph = (p: MemoryParagraph, blockDeleted = false) => {
    const i = index++;
    const gone = blockDeleted || Boolean(p.deleted);
    // The cursor's offset counts the text as it currently reads, as the memory document does.
    const length = gone ? 0 : p.runs.reduce((n, r) => n + ('control' in r || !r.deleted ? r.text.length : 0), 0);
    const level = /^Heading([1-4])$/.exec(p.styleBuiltIn)?.[1];
    const Tag = p.styleBuiltIn === 'Title' ? 'h1' : level ? (`h${Number(level) + 1}` as 'h2' | 'h3' | 'h4' | 'h5') : 'p';
    const runs = p.runs.map((r, k) =>
      'control' in r ? (
        <span key={k} class={r.control.tag.startsWith('protokoll:ref:') ? 'ref' : undefined}>
          {r.deleted && <del>{r.deleted}</del>}
          {r.text}
        </span>
      ) : r.deleted ? (
        <del key={k}>{r.text}</del>
      ) : (
        r.text
      ),
    );
    return (
      <Tag key={i} class={`p-${p.styleBuiltIn}${selection?.paragraphIndex === i ? ' cursor' : ''}`} onClick={() => gateway.placeCursor(i, length)}>
        {gone ? <del>{runs}</del> : runs}
      </Tag>
    );
  };

  return (
    <div class="demo-document" aria-label="Dokumentet (demo)" role="region">
      <div class="demo-page">
        {gateway.doc.blocks.map((b, k) =>
          'control' in b ? (
            <div key={`c${b.control.id}`} class="cc" title={b.control.title}>
              {b.paragraphs.map((p) => paragraph(p, Boolean(b.deleted)))}
            </div>
          ) : (
            <div key={`p${k}`}>{paragraph(b.paragraph)}</div>
          ),
        )}
      </div>
      {creator.opened.length > 0 && (
        <div class="demo-opened">
          <h2>Nya dokument</h2>
          <p>Word öppnar dem i egna fönster; här kan de laddas ned.</p>
          <ul>
            {creator.opened.map((d, k) => (
              <li key={k}>
                <a download={d.fileName} href={urlOf(d.docx)}>
                  {d.fileName}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
