/**
 * A small invented pair of texts for viewer tests (NOT the archival telegram, and its Russian is
 * labelled as invented): five English paragraphs with every insertion kind and a note, four
 * Russian ones, and an alignment with a 0:1 gap and a doubtful pair.
 */
import type { Alignment, TextDocument } from '@parallel-text/core';
import { ins, linkTo, makeDocument, ref } from './documents.js';

export const sampleSource: TextDocument = makeDocument({
  lang: 'ru',
  provenance: { kind: 'reconstruction', label: 'Invented for tests — not an original' },
  paragraphs: [
    ['Сегодня Р.Кеннеди пригласил меня к себе.'],
    ['Президент подтверждает договорённость с Н.С.Хрущевым.'],
    ['Об этом знают Раск и Томпсон; письмо я взял обратно.'],
    ['Прошу указаний.'],
  ],
});

export const sampleTarget: TextDocument = makeDocument({
  lang: 'en',
  provenance: { kind: 'published', label: 'Test translation' },
  paragraphs: [
    ['Today Robert Kennedy invited me to meet with him.', ref('1')],
    [
      'The President confirms the understanding ',
      ins('[dogovorion-nost]', 'transliteration', linkTo(sampleSource, 1, 'договорённость')),
      ' with N.S. Khrushchev.',
    ],
    ['They are ', ins('[Secretary of State Dean]', 'gloss'), ' Rusk and Thompson; I took this letter ', ins('[back]', 'supplied'), '.'],
    ['An English paragraph with no Russian counterpart.'],
    ['I request instructions ', ins('[sic]', 'editorial'), '.'],
  ],
  notes: [{ label: '1', text: 'A note on the meeting.' }],
});

/** 1:1, 1:1, 1:1, 0:1 (a gap on the Russian side, doubted), 1:1. */
export const sampleAlignment: Alignment = {
  pairs: [
    { source: [0], target: [0], score: 0.95 },
    { source: [1], target: [1], score: 0.92 },
    { source: [2], target: [2], score: 0.9 },
    { source: [], target: [3], score: 0.3 },
    { source: [3], target: [4], score: 0.97 },
  ],
  doubtful: [{ pair: 3, source: [], target: [3], score: 0.3, reasons: ['nothing in the original matches'] }],
  diagnostics: [],
};

/** The same texts with Russian paragraph 2 paired with English 2 and 3 (a 1:2 pair). */
export const sampleOneToTwo: Alignment = {
  pairs: [
    { source: [0], target: [0], score: 0.95 },
    { source: [1], target: [1], score: 0.92 },
    { source: [2], target: [2, 3], score: 0.7 },
    { source: [3], target: [4], score: 0.97 },
  ],
  doubtful: [],
  diagnostics: [],
};
