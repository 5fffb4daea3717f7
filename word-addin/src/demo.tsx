import { render } from 'preact';
import { memoryDocumentOf, memoryParagraph } from './gateway/memory-document.ts';
import { App } from './app.tsx';
import { MemoryGateway } from './gateway/memory-gateway.ts';
import { DemoDocument } from './demo/DemoDocument.tsx';
import { demoProtocolDocument } from './demo/demo-protocol.ts';
import { MemoryDocumentCreator } from './gateway/document-creator.ts';
import './taskpane.css';

/**
 * The task pane without Word: the same App over a document in memory, shown beside the pane
 * when the window is wide enough. The cover page is invented; `?dokument=protokoll` opens a whole
 * protocol after the meeting instead (demo/demo-protocol.ts).
 */
const query = new URLSearchParams(location.search);
const gateway = new MemoryGateway(
  query.get('dokument') === 'protokoll'
    ? demoProtocolDocument()
    : memoryDocumentOf([
        memoryParagraph('Protokoll', 'Title'),
        memoryParagraph('Kulturnämndens arbetsutskott'),
        memoryParagraph('Sammanträdesdatum 2025-03-12'),
        memoryParagraph('Plats och tid: Kulturhuset, sal Lärkan, kl. 09.00–11.30'),
        memoryParagraph('Beslutande: Maria Holm (S), ordförande, Per Ek (M), Lina Sjö (V), Omar Berg (C), Siv Lund (KD)'),
      ]),
  query.get('tracking') === 'on' ? 'trackAll' : 'off',
);
const creator = new MemoryDocumentCreator();

// Tests drive the pane through the page and read the document through this handle.
(globalThis as { protokollDemo?: MemoryGateway }).protokollDemo = gateway;
(globalThis as { protokollDemoCreator?: MemoryDocumentCreator }).protokollDemoCreator = creator;

render(
  <div class="demo-layout">
    <App gateway={gateway} creator={creator} />
    <DemoDocument gateway={gateway} creator={creator} />
  </div>,
  document.getElementById('app')!,
);
