/**
 * Decides what a translator's bracketed insertion is — transliteration, supplied, gloss or
 * editorial — from the bracket and its neighbours alone, without the source text, with a
 * confidence and a reason a person can read. Pure: it never throws and never alters text.
 */
import type { InsertionKind } from '../model.js';
import { editorialByShape, editorialMarker } from './editorial-signals.js';
import { englishSuffix, isCommonEnglish } from './english-words.js';
import { glossVerdict, nameOnly } from './gloss-signals.js';
import { transliterationEvidence } from './transliteration-signals.js';
import { joinLineBreakHyphens } from '../text/line-break-hyphen.js';

export interface InsertionContext {
  /** What stands between the brackets. */
  readonly content: string;
  /** The paragraph text before the `[`. */
  readonly before: string;
  /** The paragraph text after the `]` (and after an override marker). */
  readonly after: string;
  /** True when the bracket is the whole paragraph. */
  readonly wholeParagraph: boolean;
}

export interface Classification {
  readonly kind: InsertionKind;
  readonly confidence: number;
  readonly reason: string;
}

/** Russian prepositions and particles that open a transliterated phrase (v printsipe, po-delovomu). */
const RUSSIAN_PARTICLES: ReadonlySet<string> = new Set(
  'v vo na po s so k ko ot iz bez dlya dlia pri pod nad ob obo za do u pro cherez ne ni i a li zhe by'.split(' '),
);

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;
const WORD = /[\p{L}\p{M}'’ʹʺ-]+/gu;

export function classifyInsertion(context: InsertionContext): Classification {
  // A word hyphenated across a line break is one word (dogovorion-\nnost).
  const content = joinLineBreakHyphens(context.content.trim());
  const letters = content.match(LETTER)?.length ?? 0;
  const cyrillic = content.match(CYRILLIC)?.length ?? 0;
  if (letters > 0 && cyrillic * 2 >= letters) {
    return { kind: 'transliteration', confidence: 0.95, reason: 'Written in Cyrillic: the source-language term itself, kept by the translator.' };
  }
  const editorial = editorialMarker(content);
  if (editorial) return { kind: 'editorial', ...editorial };
  const gloss = glossVerdict(content, context.before, context.after);
  if (gloss) return { kind: 'gloss', ...gloss };
  const shape = editorialByShape(content, context.wholeParagraph);
  if (shape) return { kind: 'editorial', ...shape };
  return byWords(content);
}

/** Transliteration, supplied English, or a name, judged word by word. */
function byWords(content: string): Classification {
  const words = content.match(WORD) ?? [];
  if (words.length === 0) {
    return { kind: 'editorial', confidence: 0.5, reason: 'Holds no words (only figures or signs): most likely an editor\u2019s mark.' };
  }
  const english = words.filter((word) => isCommonEnglish(word) || (englishSuffix(word) !== undefined && transliterationEvidence(word).score < 1));
  const evidence = words.map((word) => transliterationEvidence(word));
  const best = evidence.reduce((top, item) => (item.score > top.score ? item : top));
  const particles = words.filter((word) => RUSSIAN_PARTICLES.has(word.toLowerCase()));
  const foreign = words.length - english.length;
  const total = evidence.reduce((sum, item) => sum + Math.max(0, item.score), 0);

  if (best.score >= 2 && foreign + particles.length >= words.length / 2 + 0.01) {
    const confidence = best.score >= 3 ? 0.92 : 0.82;
    return { kind: 'transliteration', confidence, reason: `Transliterated Russian: it ${best.signals.slice(0, 2).join(' and ')}.` };
  }
  if (english.length === words.length) {
    const known = words.every((word) => isCommonEnglish(word));
    return {
      kind: 'supplied',
      confidence: known ? 0.88 : 0.75,
      reason: words.length === 1 ? 'An English word the translator added to make the sentence read.' : 'English words the translator added to make the sentence read.',
    };
  }
  if (nameOnly(content)) {
    return { kind: 'gloss', confidence: 0.55, reason: 'A proper name added by the translator, most likely to say who or what is meant.' };
  }
  if (total >= 1 && foreign >= words.length / 2) {
    return { kind: 'transliteration', confidence: 0.68, reason: `Probably transliterated Russian: it ${best.signals[0] ?? 'is not an English word'}.` };
  }
  if (words.length === 1 && foreign === 1 && /^\p{Ll}/u.test(content) && (best.score >= 0)) {
    return { kind: 'transliteration', confidence: 0.55, reason: 'A single lower-case word that is not English: probably a source-language term.' };
  }
  return { kind: 'supplied', confidence: 0.5, reason: 'Words the translator added; nothing marks them as a term, a gloss or an editor\u2019s note.' };
}
