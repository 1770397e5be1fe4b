/**
 * The parallel-text document model: every type that crosses a package boundary.
 * Offsets are UTF-16 code-unit indices into `TextDocument.source`, which is never altered,
 * so every annotation can be traced back to the exact characters it annotates.
 */

/** A BCP 47 language tag such as `ru` or `en`. */
export type LanguageTag = string;

/** Half-open range `[start, end)` of UTF-16 code units in a document's `source`. */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

/** Where a text comes from. Shown to readers so an archival, an official and a reconstructed text are never confused. */
export type ProvenanceKind =
  | 'archival' // a text transcribed from an archive
  | 'official' // an official text, e.g. a UN language version
  | 'published' // a published translation or edition
  | 'reconstruction' // written for this project, e.g. a back-translation; never the original
  | 'user' // supplied by the person using the tool
  | 'unknown';

export const PROVENANCE_KINDS: readonly ProvenanceKind[] = ['archival', 'official', 'published', 'reconstruction', 'user', 'unknown'];

export interface Provenance {
  readonly kind: ProvenanceKind;
  /** A short human label, e.g. 'Reconstruction — not the archival text'. */
  readonly label?: string;
  /** Longer explanation: who made it, from what, and why. */
  readonly note?: string;
}

export interface DocumentMeta {
  readonly title?: string;
  readonly date?: string;
  readonly citation?: string;
  readonly summary?: string;
  /** Language the document was first written in, as the source states it (e.g. 'Russian'). */
  readonly originalLanguage?: string;
  readonly translator?: string;
  /** An editorial source statement such as the archive page's `[Source: …]`. */
  readonly sourceNote?: string;
  readonly url?: string;
  readonly provenance: Provenance;
  /** Every `key: value` field as found (front matter or archive headings), keys lower-cased. */
  readonly fields: Readonly<Record<string, string>>;
}

/** The four kinds of translator insertion. */
export type InsertionKind = 'transliteration' | 'supplied' | 'gloss' | 'editorial';

export const INSERTION_KINDS: readonly InsertionKind[] = ['transliteration', 'supplied', 'gloss', 'editorial'];

/** A word of the aligned source paragraph that an insertion renders (e.g. договорённость for [dogovorion-nost]). */
export interface SourceLink {
  /** 0-based index of the source body paragraph. */
  readonly paragraph: number;
  /** Offsets into the source document's `source` string. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 0..1: how sure the link is. */
  readonly confidence: number;
  /** Transliteration scheme(s) under which the forms matched, e.g. 'ala-lc'. */
  readonly scheme?: string;
}

export interface PlainSpan extends SourceRange {
  readonly type: 'text';
  readonly text: string;
  /**
   * Set for an author's inline override marker such as `{.supplied}` right after a bracket:
   * it is part of the source text (so it is kept), but not prose, so a viewer may hide it.
   */
  readonly role?: 'override-marker';
}

/** A bracketed insertion: `start`/`end` cover the brackets; `inner` covers what stands between them. */
export interface InsertionSpan extends SourceRange {
  readonly type: 'insertion';
  /** The whole bracket as printed, `[` and `]` included. */
  readonly text: string;
  readonly inner: SourceRange;
  /** What stands between the brackets. */
  readonly content: string;
  readonly kind: InsertionKind;
  /** 0..1 */
  readonly confidence: number;
  /** Why the classifier chose this kind, for people (popover, CLI text report). */
  readonly reason: string;
  /** True when an author's explicit marker or sidecar set the kind. */
  readonly overridden: boolean;
  /** Set once the document is aligned with its source, for transliterations. */
  readonly renders?: SourceLink;
}

/** A reference to a numbered note, e.g. the `1` in `yesterday.1` or `[^1]`. */
export interface NoteRefSpan extends SourceRange {
  readonly type: 'noteref';
  readonly text: string;
  readonly label: string;
}

export type Span = PlainSpan | InsertionSpan | NoteRefSpan;

export interface Paragraph extends SourceRange {
  /** 0-based body-paragraph index: the one numbering used in every output. */
  readonly index: number;
  /** Stable id for fragments and events, e.g. `p12`. */
  readonly id: string;
  /** The paragraph exactly as printed (`source.slice(start, end)`). */
  readonly text: string;
  /** Contiguous spans covering `text` exactly. */
  readonly spans: readonly Span[];
  /** 1-based line of the paragraph's first character in `source`. */
  readonly line: number;
  /** True when the next paragraph continues this one (a page-break split). */
  readonly continues: boolean;
}

export interface Note extends SourceRange {
  readonly label: string;
  readonly id: string;
  /** The note's text without its label marker. */
  readonly text: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in input. Bad input is data, never an exception. */
export interface Diagnostic {
  readonly severity: Severity;
  /** Stable machine-readable code, e.g. 'unbalanced-bracket'. */
  readonly code: string;
  readonly message: string;
  /** 1-based line and column in the input. */
  readonly line: number;
  readonly column: number;
  /** Offset into `source`, when the problem has a place. */
  readonly offset?: number;
  /**
   * For a problem in an alignment rather than a text: the index into `Alignment.pairs` it concerns.
   * Such diagnostics have no place in a text, so their `line` and `column` are 0.
   */
  readonly pair?: number;
}

/** The input shapes the parser understands. */
export type InputForm = 'plain' | 'front-matter' | 'archive-page' | 'markdown-footnotes';

/** A stretch of the source with its role; segments are contiguous and cover the source exactly. */
export interface Segment extends SourceRange {
  readonly role: 'front-matter' | 'header' | 'paragraph' | 'separator' | 'signature' | 'note' | 'source-note' | 'trailer';
}

export interface TextDocument {
  readonly lang: LanguageTag;
  readonly meta: DocumentMeta;
  readonly paragraphs: readonly Paragraph[];
  readonly notes: readonly Note[];
  readonly diagnostics: readonly Diagnostic[];
  /** The input exactly as given. */
  readonly source: string;
  readonly form: InputForm;
  /** The source cut into roles, contiguous and complete: `serialize` rebuilds the input from them. */
  readonly segments: readonly Segment[];
}

/**
 * An author's correction of how one insertion is classified, kept beside the text (a sidecar)
 * so the text itself never has to change: `{ "paragraph": 3, "match": "[back]", "kind": "supplied" }`.
 */
export interface InsertionOverride {
  /** 0-based body paragraph; when absent, every matching insertion in the document. */
  readonly paragraph?: number;
  /** The bracket as printed (`[back]`) or only what stands between the brackets (`back`). */
  readonly match: string;
  /** 1-based: which of several equal matches in the paragraph (default: all of them). */
  readonly occurrence?: number;
  readonly kind: InsertionKind;
  /** Why the author chose this kind, shown instead of the classifier's reason. */
  readonly reason?: string;
}

export interface ParseOptions {
  /** BCP 47 tag; when absent, front matter `lang`, else guessed from the script (ru / en). */
  readonly lang?: LanguageTag;
  /** The input form, or `auto` (the default) to detect it. */
  readonly form?: InputForm | 'auto';
  /** Where the text comes from; overrides what front matter or the layout suggest. */
  readonly provenance?: Provenance;
  /** Sidecar corrections of insertion kinds. */
  readonly overrides?: readonly InsertionOverride[];
}

/** One aligned pair: body-paragraph indices of each side (either may be empty for 0:1 and 1:0). */
export interface AlignmentPair {
  readonly source: readonly number[];
  readonly target: readonly number[];
  /** 0..1: confidence that this pair is right. */
  readonly score: number;
  /** True when a person fixed this pair; the aligner never moves it. */
  readonly pinned?: boolean;
}

export interface DoubtfulPair {
  /** Index into `Alignment.pairs`. */
  readonly pair: number;
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
  readonly reasons: readonly string[];
}

export interface Alignment {
  /** Monotone pairs covering every paragraph of both sides exactly once. */
  readonly pairs: readonly AlignmentPair[];
  readonly doubtful: readonly DoubtfulPair[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A pair a person fixed: source paragraph(s) ↔ target paragraph(s). */
export interface Pin {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

/**
 * The aligner's cost model, in nats (negative log probabilities). Defaults suit Russian–English
 * prose; change them only to study the aligner, and measure with `pnpm bench align`.
 */
export interface AlignTuning {
  /** Extra cost of 1:1, 1:2, 2:1, 2:2, 1:3 and 3:1 pairs, in that order. */
  readonly moveCost: readonly number[];
  /** Cost of leaving a paragraph unpaired after a pair (opens an omission). */
  readonly gapOpen: number;
  /** Cost of each further unpaired paragraph in the same run. */
  readonly gapExtend: number;
  /** Starting Gale–Church variance per character (refitted from the texts). */
  readonly lengthVariance: number;
  /** Bonus per nat of anchor weight (numbers, names, cognates) two paragraphs share. */
  readonly sharedBonus: number;
  /** Cost per nat of anchor weight one side has and its counterpart lacks. */
  readonly missingCost: number;
  /** How far a dictionary word pair is trusted, as a multiple of its rarity (a name counts 1, a cognate skeleton 0.5). */
  readonly dictionaryWeight: number;
  /**
   * Cost per nat of anchor weight of a paragraph that a merged block holds although it shares no
   * key at all with the other side's block (at most 3 nats counted): more likely left out than merged.
   */
  readonly uncoveredCost: number;
  /** The same for the two paragraphs of a 1:1 pair that share no key at all, and in part for a pair that shares under a fifth of its anchor weight. */
  readonly unsharedPairCost: number;
  /** Cost per differing question or exclamation mark (at most three counted). */
  readonly punctuationCost: number;
  /** Cost per sentence by which the two blocks' sentence counts differ (at most three counted). */
  readonly sentenceCost: number;
  /** Cost per speech (a quotation, a dash-led line of dialogue) by which the two blocks differ (at most three counted). */
  readonly speechCost: number;
  /** Cost when one side opens with dialogue and the other does not. */
  readonly dialogueCost: number;
  /** Half-width of the search band, in paragraphs. */
  readonly bandWidth: number;
  /** Stretches with at most this many lattice cells are searched exhaustively. */
  readonly exhaustiveCells: number;
  /** The search never allocates more lattice cells than this. */
  readonly maxCells: number;
  /** Pairs scored below this are listed as doubtful. */
  readonly doubtfulBelow: number;
}

export interface AlignOptions {
  /** Pairs a person fixed; they are kept exactly and the stretches between them aligned on their own. */
  readonly pins?: readonly Pin[];
  /** Called now and then with work done out of the total (for a progress bar, e.g. from a Web Worker). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Overrides for the cost model; anything left out keeps its default. */
  readonly tuning?: Partial<AlignTuning>;
  /**
   * Which Russian–English word pairs count as evidence that two paragraphs translate each other.
   * By default the built-in seed dictionary; `false` turns dictionary evidence off; given entries
   * are used beside the built-in ones, or alone with `replace: true` (a glossary of the text's own terms).
   */
  readonly dictionary?: false | { readonly entries: readonly DictionaryEntry[]; readonly replace?: boolean };
}

/** A Russian word (any form; it is stemmed) and the English words that translate it. */
export type DictionaryEntry = readonly [russian: string, english: readonly string[]];

/**
 * A teaching annotation resolved to a place in a document: a note on a translation choice,
 * anchored to a span of one paragraph on either side. Offsets are into the paragraph's `text`.
 */
export interface AnnotationMark {
  readonly id: string;
  readonly side: 'source' | 'target';
  /** 0-based body-paragraph index on that side. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** Short heading, also the mark's accessible name. */
  readonly title: string;
  /** Plain text (never markup) shown when the mark is opened. */
  readonly body: string;
  /** Free category, e.g. 'term', 'supplied', 'gloss', 'typo', 'question'. */
  readonly category?: string;
}
