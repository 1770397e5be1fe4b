/** Public face of the transliteration module: romanization for display, keys for comparison. */
export { romanize } from './romanize.js';
export { TRANSLIT_SCHEMES, DEFAULT_TRANSLIT_SCHEME, isTranslitScheme, type TranslitScheme } from './schemes.js';
export { matchKey, skeleton } from './match-key.js';
export { similarKeys, SIMILAR_THRESHOLD } from './similarity.js';
export { isCyrillicWord, isLatinWord } from './script.js';
