/**
 * Turns what a caller hands to `align` — parsed documents or plain paragraph strings — into one
 * internal shape: per paragraph, the text that counts for length and words, the words of
 * transliterated insertions, and the page-break continuation flag. It reads; it never edits text.
 */
import type { Paragraph, TextDocument } from '../model.js';

/** One side of an alignment problem, as the scorer sees it. */
export interface AlignSide {
  readonly count: number;
  /** Per paragraph: the text with bracketed insertions removed (what the translation itself says). */
  readonly bodies: readonly string[];
  /** Per paragraph: text inside insertions that renders source words (transliterations), for anchors only. */
  readonly renderings: readonly string[];
  /** 1 when paragraph i continues into paragraph i + 1 (a page-break split). */
  readonly continues: Uint8Array;
}

export type AlignInput = TextDocument | readonly string[];

/** `[…]` with no nested brackets: the printed form of a translator's insertion. */
const BRACKETED = /\[([^[\]]*)\]/g;

function isDocument(input: unknown): input is TextDocument {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && Array.isArray((input as { paragraphs?: unknown }).paragraphs);
}

/** Plain strings carry no classification, so every bracketed stretch is kept out of the length and offered as a possible rendering. */
function fromStrings(paragraphs: readonly unknown[]): AlignSide {
  const bodies: string[] = [];
  const renderings: string[] = [];
  for (const value of paragraphs) {
    const text = typeof value === 'string' ? value : '';
    if (!text.includes('[')) {
      bodies.push(text);
      renderings.push('');
      continue;
    }
    const inside: string[] = [];
    bodies.push(
      text.replace(BRACKETED, (_whole, content: string) => {
        inside.push(content);
        return ' ';
      }),
    );
    renderings.push(inside.join(' '));
  }
  return { count: bodies.length, bodies, renderings, continues: new Uint8Array(bodies.length) };
}

/** A parsed paragraph: insertion spans come out of the body; transliterations are kept as renderings. */
function paragraphParts(paragraph: Paragraph): { body: string; rendering: string } {
  const spans = paragraph.spans;
  if (spans.every((span) => span.type === 'text')) return { body: paragraph.text, rendering: '' };
  const body: string[] = [];
  const rendering: string[] = [];
  for (const span of spans) {
    // Note markers are apparatus, not text: they would count as one-sided numbers.
    if (span.type === 'text') body.push(span.text);
    else if (span.type === 'insertion' && span.kind === 'transliteration') rendering.push(span.content);
  }
  return { body: body.join(' '), rendering: rendering.join(' ') };
}

function fromDocument(document: TextDocument): AlignSide {
  const paragraphs = document.paragraphs;
  const bodies: string[] = [];
  const renderings: string[] = [];
  const continues = new Uint8Array(paragraphs.length);
  paragraphs.forEach((paragraph, index) => {
    const parts = paragraphParts(paragraph);
    bodies.push(parts.body);
    renderings.push(parts.rendering);
    // The last paragraph cannot continue into anything.
    if (paragraph.continues && index < paragraphs.length - 1) continues[index] = 1;
  });
  return { count: bodies.length, bodies, renderings, continues };
}

/** Never throws: anything that is neither a document nor a list reads as an empty side. */
export function readSide(input: unknown): AlignSide {
  if (Array.isArray(input)) return fromStrings(input);
  if (isDocument(input)) return fromDocument(input);
  return fromStrings([]);
}
