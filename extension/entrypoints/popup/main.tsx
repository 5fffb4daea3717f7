import { render } from 'preact';
import { Popup } from './popup.tsx';
import '../../lib/extension-page.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
