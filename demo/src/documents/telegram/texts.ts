/**
 * The telegram pair as files: the English exactly as the Wilson Center publishes it, and the
 * Russian reconstruction whose front matter carries its provenance. Showing the archival text is
 * a change of ru.txt alone.
 */
import russian from './ru.txt?raw';
import english from './en.txt?raw';
import annotations from './annotations.json?raw';
import type { DocumentTexts } from '../registry.js';

export const texts: DocumentTexts = { source: russian, target: english, annotations };
