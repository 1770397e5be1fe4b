/** Public face of the inspect report: JSON shape and text. */
export { inspectReport, type InspectReport, type InspectParagraph, type InspectInsertion, type InspectNoteRef } from './inspect-report.js';
export { inspectText } from './inspect-text.js';
