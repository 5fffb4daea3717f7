/// <reference types="office-js" />
import { render } from 'preact';
import { App } from './app.tsx';
import { OfficeGateway } from './gateway/office-gateway.ts';
import { applyPaneTheme, paneTheme } from './office-theme.ts';
import './taskpane.css';

declare global {
  interface Window {
    /** Read by the start script in taskpane.html: without it, the webview could not run the pane. */
    protokollStarted?: boolean;
  }
}
window.protokollStarted = true;

Office.onReady((info) => {
  const root = document.getElementById('app')!;
  applyPaneTheme(document.documentElement, paneTheme(Office.context?.officeTheme));
  if (info.host !== Office.HostType.Word) {
    // Opened in a plain browser (or another Office app): say where it works instead of failing on Word.run.
    render(
      <main class="view">
        <h1 class="pane-title">Protokoll</h1>
        <div class="message message-warning" role="alert">
          <p>
            Tillägget fungerar i Word. Öppna det från fliken Start i Word, eller prova <a href="demo.html">demon utan Word</a>.
          </p>
        </div>
      </main>,
      root,
    );
    return;
  }
  const gateway = new OfficeGateway((batch) => Word.run(batch), Office.context.requirements);
  render(<App gateway={gateway} />, root);
});
