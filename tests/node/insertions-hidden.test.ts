import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hiddenInsertionRanges, parse } from '@parallel-text/core';

/** The paragraph as read with insertions hidden: what the viewer's insertions="hidden" shows. */
function hide(text: string): string {
  const paragraph = parse(text, { lang: 'en' }).paragraphs[0];
  if (!paragraph) return '';
  let out = '';
  let at = 0;
  for (const range of hiddenInsertionRanges(paragraph)) {
    out += paragraph.text.slice(at, range.start);
    at = range.end;
  }
  return out + paragraph.text.slice(at);
}

describe('hidden insertions leave tidy spacing', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['confirms the understanding [dogovorion-nost] with N.S. Khrushchev', 'confirms the understanding with N.S. Khrushchev'],
    ['to take this letter [back], since', 'to take this letter, since'],
    ['interests of doing business [in the future].', 'interests of doing business.'],
    ['they are [Secretary of State Dean] Rusk and [advisor on Soviet affairs Llewellyn] Thompson.', 'they are Rusk and Thompson.'],
    ['[Secretary of State Dean] Rusk said', 'Rusk said'],
    ['word[sic] next', 'word next'],
    ['(see [back] here)', '(see here)'],
    ['([back] here)', '(here)'],
    ['two [a] [b] words', 'two words'],
    ['ends with [x]', 'ends with'],
    ['[only] and more', 'and more'],
    ['no insertion at all', 'no insertion at all'],
    ['tab\t[x]\tnext', 'tab\tnext'],
    ['the [back]{.supplied} marker goes with it', 'the marker goes with it'],
  ];
  for (const [input, expected] of cases) {
    test(`"${input}" → "${expected}"`, () => {
      assert.equal(hide(input), expected);
    });
  }

  test('never drops anything but insertions and the spacing beside them', () => {
    const text = 'A [b] c, [d]. e[f]g ([h]) [i]';
    const paragraph = parse(text, { lang: 'en' }).paragraphs[0];
    assert.ok(paragraph);
    for (const range of hiddenInsertionRanges(paragraph)) {
      const dropped = text.slice(range.start, range.end).replace(/\[[^\]]*\]/g, '');
      assert.equal(dropped.trim(), '', `dropped "${text.slice(range.start, range.end)}"`);
    }
  });
});
