// Popup entry: renders the popup for the active tab, or for `?tabId=N` in tests.
import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { parseTabId } from '../../lib/popup-flow';
import { Popup } from './Popup';

render(<Popup tabId={parseTabId(location.search)} />, document.getElementById('app')!);
