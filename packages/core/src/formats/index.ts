/** Interchange formats: JSON (lossless, re-readable), TEI P5 and a standalone static HTML page. */
export type { ParallelTextBundle } from './bundle.js';
export { escapeMarkup } from './escape.js';
export { toInterchange, readInterchange, INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type Interchange, type InterchangeDocument, type InterchangeReadResult } from './interchange.js';
export { toTEI, type TeiExport } from './tei.js';
export { toStaticHTML } from './html.js';
