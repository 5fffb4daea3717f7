/// <reference types="office-js" />
import { render } from 'preact';
import { App } from './app.tsx';
import { OfficeGateway } from './gateway/office-gateway.ts';
import './taskpane.css';

Office.onReady(() => {
  const gateway = new OfficeGateway((batch) => Word.run(batch), Office.context.requirements);
  render(<App gateway={gateway} />, document.getElementById('app')!);
});
