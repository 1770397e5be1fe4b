// The classifier on its own: bracket content and its neighbours in, kind out. Most rows are
// not from the seed, so that the rules are seen to generalise rather than remember one text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyInsertion, type InsertionKind } from '@parallel-text/core';

interface Row {
  readonly before: string;
  readonly content: string;
  readonly after: string;
  readonly kind: InsertionKind;
}

const ROWS: readonly Row[] = [
  // transliterations: endings, digraphs, soft signs, line-break hyphens, Cyrillic itself
  { before: 'the understanding ', content: 'dogovorion-nost', after: ' with', kind: 'transliteration' },
  { before: 'the understanding ', content: 'dogovorion-\nnost', after: ' with', kind: 'transliteration' },
  { before: 'public opinion ', content: "obshchestvennost'", after: ' in his', kind: 'transliteration' },
  { before: 'a cable marked ', content: 'sovershenno sekretno', after: ' arrived', kind: 'transliteration' },
  { before: 'the meeting ', content: 'soveshchanie', after: ' of', kind: 'transliteration' },
  { before: 'a statement ', content: 'zayavlenie', after: '.', kind: 'transliteration' },
  { before: 'in a business-like way ', content: 'po-delovomu', after: ' and', kind: 'transliteration' },
  { before: 'collective security ', content: "kollektivnaya bezopasnost'", after: '', kind: 'transliteration' },
  { before: 'the power ', content: "vlast'", after: ' of the', kind: 'transliteration' },
  { before: 'the line ', content: 'liniya', after: ' of the party', kind: 'transliteration' },
  { before: 'the collective farm ', content: 'kolkhoz', after: ' was', kind: 'transliteration' },
  { before: 'the ', content: 'Komsomol\u2019skaya', after: ' newspaper', kind: 'transliteration' },
  { before: 'the term ', content: 'договорённость', after: ' was used', kind: 'transliteration' },
  { before: 'a ', content: 'soveščanie', after: ' was held', kind: 'transliteration' },
  // supplied English words
  { before: 'take this letter ', content: 'back', after: ', since', kind: 'supplied' },
  { before: 'doing business ', content: 'in the future', after: '.', kind: 'supplied' },
  { before: 'no reason to return ', content: 'to them', after: ' in the talks', kind: 'supplied' },
  { before: 'he said ', content: 'that', after: ' the Soviet', kind: 'supplied' },
  { before: 'raise the matter ', content: 'again', after: ' with', kind: 'supplied' },
  // English words outside the small lexicon, recognised by their Latinate endings.
  { before: 'I request ', content: 'urgent', after: ' instructions.', kind: 'supplied' },
  { before: 'for a ', content: 'sufficient', after: ' reason', kind: 'supplied' },
  { before: 'the ', content: 'Presidium', after: ' decided', kind: 'supplied' },
  { before: 'and ', content: 'the', after: ' Soviet government', kind: 'supplied' },
  { before: 'to ensure ', content: 'accommodation', after: ' for the delegation', kind: 'supplied' },
  { before: 'he spoke ', content: 'confidentially', after: ' to me', kind: 'supplied' },
  // glosses
  { before: 'they are ', content: 'Secretary of State Dean', after: ' Rusk and', kind: 'gloss' },
  { before: 'and ', content: 'advisor on Soviet affairs Llewellyn', after: ' Thompson.', kind: 'gloss' },
  { before: 'received by ', content: 'Foreign Minister Arthur', after: ' Hale.', kind: 'gloss' },
  { before: 'I met ', content: 'Ambassador', after: ' Lindqvist today', kind: 'gloss' },
  { before: 'I met ', content: 'Andrei', after: ' Gromyko', kind: 'gloss' },
  { before: 'Then he ', content: 'Kennedy', after: ' said', kind: 'gloss' },
  { before: 'in the talks. Hale ', content: 'the Foreign Minister', after: ' did not object', kind: 'gloss' },
  { before: 'the CC CPSU ', content: 'Central Committee of the Communist Party', after: ' decided', kind: 'gloss' },
  { before: 'the Ministry ', content: 'i.e., the Foreign Ministry', after: ' agreed', kind: 'gloss' },
  // editorial interventions
  { before: 'recieved ', content: 'sic', after: ' his note', kind: 'editorial' },
  { before: 'his deputy ', content: 'illegible', after: ' would', kind: 'editorial' },
  { before: 'clear that ', content: '...', after: ' the government', kind: 'editorial' },
  { before: 'clear that ', content: '…', after: ' the government', kind: 'editorial' },
  { before: 'insist on Vienna ', content: '?', after: '.', kind: 'editorial' },
  { before: 'the city of ', content: 'Vienna?', after: '', kind: 'editorial' },
  { before: 'the communiqué ', content: '2 November 1962', after: ' and', kind: 'editorial' },
  { before: 'dated ', content: 'October 30, 1962', after: '', kind: 'editorial' },
  { before: 'the meeting ', content: 'This refers to the Vienna talks --ed.', after: '', kind: 'editorial' },
  { before: '', content: 'Source: Archive of Foreign Policy, Moscow', after: '', kind: 'editorial' },
  { before: 'he said ', content: 'Translator\u2019s note: the word also means "peace".', after: '', kind: 'editorial' },
  { before: 'top secret ', content: 'handwritten in the margin', after: '', kind: 'editorial' },
  { before: 'the text ', content: 'page 3', after: ' continues', kind: 'editorial' },
  { before: 'the text ', content: 'emphasis added', after: '', kind: 'editorial' },
  { before: 'the ', content: 'two words illegible', after: ' said', kind: 'editorial' },
  { before: 'the meeting ', content: 'Ed.: no record of it survives', after: '', kind: 'editorial' },
  { before: 'the reply. ', content: 'End of document', after: '', kind: 'editorial' },
  { before: 'he said ', content: 'in English in the original', after: '', kind: 'editorial' },
  // more names and terms in other archives' style
  { before: 'a letter from ', content: 'N.S.', after: ' Khrushchev', kind: 'gloss' },
  { before: 'I met ', content: 'Fidel', after: ' Castro', kind: 'gloss' },
  { before: 'the ', content: 'obkom', after: ' secretary', kind: 'transliteration' },
  { before: 'the ', content: 'Americans', after: ' agreed', kind: 'supplied' },
];

for (const row of ROWS) {
  test(`…${row.before}[${row.content}]${row.after}… is ${row.kind}`, () => {
    const result = classifyInsertion({ ...row, wholeParagraph: false });
    assert.equal(result.kind, row.kind, result.reason);
    assert.ok(result.confidence > 0 && result.confidence <= 1);
    assert.ok(/^\p{Lu}.*\.$/u.test(result.reason), `reason should be a sentence: ${result.reason}`);
  });
}

test('a bracket that is a whole paragraph of several words is the editor\u2019s', () => {
  const result = classifyInsertion({ before: '', content: 'The next page of the document is missing from the file', after: '', wholeParagraph: true });
  assert.equal(result.kind, 'editorial');
});

test('strong evidence gives more confidence than weak evidence', () => {
  const strong = classifyInsertion({ before: 'the ', content: 'obshchestvennost', after: '', wholeParagraph: false });
  const weak = classifyInsertion({ before: 'the ', content: 'mir', after: '', wholeParagraph: false });
  assert.equal(strong.kind, 'transliteration');
  assert.equal(weak.kind, 'transliteration');
  assert.ok(strong.confidence > weak.confidence);
});

test('classification never throws on odd content', () => {
  for (const content of ['', ' ', '[', ']]', '\u0000', '😀', '1234', '-', '\u0301', 'a'.repeat(10_000)]) {
    const result = classifyInsertion({ before: '', content, after: '', wholeParagraph: false });
    assert.ok(['transliteration', 'supplied', 'gloss', 'editorial'].includes(result.kind));
  }
});
