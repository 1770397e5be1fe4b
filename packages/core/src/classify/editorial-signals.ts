/**
 * Recognises an editor's bracketed intervention — sic, illegible, an omission, a question mark,
 * "--ed.", a source or translator's note, a date or page mark — from the bracket's content alone.
 * It only recognises; it never rewrites the content.
 */

export interface Verdict {
  readonly confidence: number;
  readonly reason: string;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const MARKERS: readonly (readonly [RegExp, number, string])[] = [
  [/^sic!?$/iu, 0.98, 'The editor\u2019s \u201csic\u201d: the word stands as found.'],
  [/^(?:(?:\d+|one|two|three|four|five|several|a few)\s+)?(?:(?:words?|lines?)\s+)?(?:illegible|indecipherable|unreadable|unclear|not legible|missing|omitted|lacuna|gap|blank|torn|damaged)(?:\s+(?:words?|text|passage|line|lines|in original))?$/iu, 0.95, 'Marks text the editor could not read or that is missing.'],
  [/^(?:end of (?:document|text|telegram|letter|page|excerpt)|(?:document|text) (?:continues|ends)|continued|page break|not translated|untranslated|(?:in english|in russian|in latin script)(?: in (?:the )?original)?|signed|unsigned)$/iu, 0.9, 'Describes the document rather than translating it: an editor\u2019s mark.'],
  [/^(?:ed|eds|editor|tr|trans|transl|translator)\.?\s*:/iu, 0.95, 'An editor\u2019s or translator\u2019s remark (\u201cEd.:\u201d).'],
  [/^(?:text|passage|line|word|words|page)\s+(?:illegible|missing|omitted|unclear|torn|damaged)$/iu, 0.95, 'Marks text the editor could not read or that is missing.'],
  [/^\s*(?:\.\s*){2,}$|^\s*…+\s*$/u, 0.95, 'An ellipsis: marks an omission.'],
  [/^\s*\?+\s*$/u, 0.9, 'A question mark: the reading is uncertain.'],
  [/(?:--|—|–|-)\s*(?:ed|eds|editor|editors|trans|transl|translator|tr)\.?\s*$/iu, 0.95, 'Signed by the editor or translator (\u201c--ed.\u201d).'],
  [/^(?:source|sources|archive|provenance)\s*:/iu, 0.97, 'A source note: where the document is kept.'],
  [/^(?:editor[\u2019']?s|ed\.|translator[\u2019']?s|trans\.|tr\.)\s*note\b|^(?:note|n\.\s?b\.|nb)\s*[:.]/iu, 0.95, 'An editor\u2019s or translator\u2019s note.'],
  [/\b(?:in (?:the )?original|emphasis (?:added|in (?:the )?original)|underlined(?: in (?:the )?original)?|italics (?:added|in (?:the )?original)|hand-?written|handwriting|stamp(?:ed)?|seal|signature|marginal (?:note|notation|comment)|in (?:the )?margin|crossed out|struck out|deleted in original)\b/iu, 0.88, 'Describes the physical document, as editors do.'],
  [/^(?:page|p\.|pp\.|folio|fol\.|f\.|l\.|ll\.|list|sheet)\s*\d+/iu, 0.9, 'A page or folio mark.'],
  [/^(?:see|cf\.)\s/iu, 0.8, 'A cross-reference (\u201csee\u201d, \u201ccf.\u201d).'],
  [/^(?:undated|no date|n\.\s?d\.|date (?:unknown|illegible|uncertain))$/iu, 0.9, 'A note on the document\u2019s date.'],
  [new RegExp(`^(?:c(?:a)?\\.\\s*)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}(?:\\s+\\d{1,2},?)?)\\s+\\d{4}$`, 'iu'), 0.85, 'A date supplied by the editor.'],
  [/^(?:c(?:a)?\.\s*)?\d{4}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{1,2}\.[IVXivx]{1,4}\.\d{2,4}$/u, 0.85, 'A date supplied by the editor.'],
];

/** The editorial verdict for a bracket's content, or undefined when nothing marks it as editorial. */
export function editorialMarker(content: string): Verdict | undefined {
  const text = content.trim();
  for (const [pattern, confidence, reason] of MARKERS) if (pattern.test(text)) return { confidence, reason };
  if (/\S\s*\?$/u.test(text) && text.split(/\s+/u).length <= 4) {
    return { confidence: 0.7, reason: 'Ends with a question mark: a conjectured reading.' };
  }
  return undefined;
}

/** A bracket that is a whole paragraph, or a long passage of several sentences, is the editor speaking. */
export function editorialByShape(content: string, wholeParagraph: boolean): Verdict | undefined {
  const words = content.trim().split(/\s+/u).filter(Boolean).length;
  if (wholeParagraph && words >= 2) return { confidence: 0.8, reason: 'A bracketed paragraph of its own: the editor\u2019s words, not the document\u2019s.' };
  if (words >= 15 || /[.!?]\s+\p{Lu}/u.test(content)) {
    return { confidence: 0.65, reason: 'A long bracketed comment of several sentences: most likely the editor\u2019s.' };
  }
  return undefined;
}
