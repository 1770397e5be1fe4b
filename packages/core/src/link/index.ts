/** Public face of linking: transliterations to the source words they render. */
export { linkTransliterations } from './link-transliterations.js';
