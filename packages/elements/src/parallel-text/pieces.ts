/**
 * Cuts a paragraph into the pieces the viewer draws: runs of text, insertions and note
 * references, further cut where an annotation or a linked source word begins or ends.
 * Pure. Concatenating the pieces' text gives the paragraph text exactly, except the stretches
 * `drop` names (insertions="hidden"): no character is ever added, changed or reordered.
 */
import type { InsertionSpan, NoteRefSpan, Paragraph } from '@parallel-text/core';
import type { TextRange as Range } from '@parallel-text/core';

/** A stretch of a paragraph to mark, with offsets relative to the paragraph text. */
export interface MarkRange extends Range {
  readonly key: string;
}

interface PieceBase extends Range {
  /** Keys of the annotations that cover this piece. */
  readonly annotations: readonly string[];
  /** Keys of the annotations whose last visible piece this is (their button goes after it). */
  readonly closes: readonly string[];
}

export interface TextPiece extends PieceBase {
  readonly type: 'text';
  readonly text: string;
  /** Key of the linked source word this piece belongs to, if any. */
  readonly word?: string;
}

export interface InsertionPiece extends PieceBase {
  readonly type: 'insertion';
  readonly span: InsertionSpan;
  /** 0-based position among the paragraph's insertions: the `k` of `p{j}-i{k}`. */
  readonly ordinal: number;
}

export interface NoteRefPiece extends PieceBase {
  readonly type: 'noteref';
  readonly span: NoteRefSpan;
}

export type Piece = TextPiece | InsertionPiece | NoteRefPiece;

export interface PieceOptions {
  /** Insertions are drawn as insertions (else as the text they are). */
  readonly insertionsAsMarks: boolean;
  readonly annotations: readonly MarkRange[];
  readonly words: readonly MarkRange[];
  readonly drop: readonly Range[];
}

const inside = (range: Range, at: number): boolean => at > range.start && at < range.end;
const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** Cut points strictly inside [start, end), from every mark and drop boundary. */
function cutsWithin(range: Range, options: PieceOptions): number[] {
  const cuts = new Set<number>();
  for (const mark of [...options.annotations, ...options.words, ...options.drop]) {
    if (inside(range, mark.start)) cuts.add(mark.start);
    if (inside(range, mark.end)) cuts.add(mark.end);
  }
  return [...cuts].sort((a, b) => a - b);
}

type RawPiece = Omit<TextPiece, 'annotations' | 'closes'> | Omit<InsertionPiece, 'annotations' | 'closes'> | Omit<NoteRefPiece, 'annotations' | 'closes'>;

function rawPieces(paragraph: Paragraph, options: PieceOptions): RawPiece[] {
  const out: RawPiece[] = [];
  let ordinal = 0;
  for (const span of paragraph.spans) {
    const range = { start: span.start - paragraph.start, end: span.end - paragraph.start };
    if (span.type === 'insertion') {
      const k = ordinal++;
      if (options.insertionsAsMarks) {
        out.push({ type: 'insertion', span, ordinal: k, ...range });
        continue;
      }
    } else if (span.type === 'noteref') {
      out.push({ type: 'noteref', span, ...range });
      continue;
    }
    let at = range.start;
    for (const cut of [...cutsWithin(range, options), range.end]) {
      const piece = { start: at, end: cut };
      const word = options.words.find((mark) => overlaps(mark, piece));
      out.push({ type: 'text', text: paragraph.text.slice(at, cut), ...piece, ...(word ? { word: word.key } : {}) });
      at = cut;
    }
  }
  return out;
}

/** The paragraph's pieces, in order, without the dropped stretches. */
export function paragraphPieces(paragraph: Paragraph, options: PieceOptions): Piece[] {
  const visible = rawPieces(paragraph, options).filter(
    (piece) => piece.start === piece.end || !options.drop.some((range) => piece.start >= range.start && piece.end <= range.end),
  );
  const lastPieceOf = new Map<string, number>();
  const covering = visible.map((piece, index) => {
    const keys = options.annotations.filter((mark) => overlaps(mark, piece)).map((mark) => mark.key);
    for (const key of keys) lastPieceOf.set(key, index);
    return keys;
  });
  // An annotation whose text is entirely hidden still gets its button: after the piece before it.
  for (const mark of options.annotations) {
    if (lastPieceOf.has(mark.key) || visible.length === 0) continue;
    const before = visible.findLastIndex((piece) => piece.end <= mark.start);
    lastPieceOf.set(mark.key, Math.max(0, before));
  }
  return visible.map((piece, index): Piece => {
    const closes = options.annotations.filter((mark) => lastPieceOf.get(mark.key) === index).map((mark) => mark.key);
    return { ...piece, annotations: covering[index] ?? [], closes };
  });
}
