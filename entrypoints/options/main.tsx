import { render } from 'preact'; render(<p>Liaison</p>, document.getElementById('app')!);
