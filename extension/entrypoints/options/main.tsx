import { render } from 'preact';
import { OptionsPage } from './options-page.tsx';
import '../../lib/extension-page.css';

render(<OptionsPage />, document.getElementById('app')!);
