/** Demo entry: fonts and styles, the library's elements, then the application shell. */
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/400-italic.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/teaching.css';
import './styles/print.css';
import '@parallel-text/elements/define.js';
import './app/demo-app.js';
