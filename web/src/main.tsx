import { render } from 'preact';
import { App } from './app.js';
import './get-the-app/install-capture.js';
import './styles/base.css';

render(<App />, document.getElementById('app')!);
