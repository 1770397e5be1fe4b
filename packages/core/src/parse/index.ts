/** Public face of the parser: text in, `TextDocument` out, and back. */
export { parse } from './parse.js';
export { serialize } from './serialize.js';
export { readOverrides, type OverrideSidecar } from './read-overrides.js';
