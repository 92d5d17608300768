import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';

const root = document.getElementById('app')!;
// The static 'Loading' text is for browsers that have not run the script yet.
root.replaceChildren();
render(<App />, root);
