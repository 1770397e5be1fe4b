import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compareInsertions, parse, type InsertionDifference } from '@parallel-text/core';
import { seedTelegram } from '../support/paths.js';

const seed = readFileSync(seedTelegram, 'utf8');

/** An edited copy of the seed, as a second edition might print it. */
function edit(text: string, replacements: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of replacements) {
    assert.ok(out.includes(from), `the seed contains ${JSON.stringify(from)}`);
    out = out.replace(from, to);
  }
  return out;
}

/** One line per difference, as a researcher would read the list. */
function summary(difference: InsertionDifference): string {
  const a = difference.a ? `${difference.a.id} ${difference.a.kind} ${difference.a.text}` : '-';
  const b = difference.b ? `${difference.b.id} ${difference.b.kind} ${difference.b.text}` : '-';
  const extra = difference.unbracketed ? ' (unbracketed)' : '';
  return `${difference.change}: ${a} | ${b}${extra}`;
}

describe('compareInsertions: the seed against an edited copy', () => {
  const original = parse(seed);
  const edited = parse(
    edit(seed, [
      ['this letter [back]', 'this letter back'],
      ['doing business [in the future]', 'doing business [later on]'],
      ['[Secretary of State Dean] Rusk', '[Secretary of State Dean]{.editorial} Rusk'],
      ['I request instructions.', 'I request [further] instructions.'],
    ]),
  );
  const result = compareInsertions(original, edited);

  test('lists every insertion of either version once, in reading order, with what changed', () => {
    assert.deepEqual(result.differences.map(summary), [
      'same: p1-i0 transliteration [dogovorion-nost] | p1-i0 transliteration [dogovorion-nost]',
      'kind-changed: p4-i0 gloss [Secretary of State Dean] | p4-i0 editorial [Secretary of State Dean]',
      'same: p4-i1 gloss [advisor on Soviet affairs Llewellyn] | p4-i1 gloss [advisor on Soviet affairs Llewellyn]',
      'only-a: p5-i0 supplied [back] | - (unbracketed)',
      `reworded: p5-i1 supplied [in the future] | p5-i0 ${kindOf(edited, 5)} [later on]`,
      `only-b: - | p10-i0 ${kindOf(edited, 10)} [further]`,
    ]);
  });

  test('counts each kind of change', () => {
    assert.deepEqual(result.counts, { same: 2, reworded: 1, 'kind-changed': 1, 'only-a': 1, 'only-b': 1 });
  });

  test('an insertion printed without brackets in the other version is quoted from it', () => {
    const back = result.differences.find((difference) => difference.a?.text === '[back]');
    assert.ok(back);
    assert.equal(back.counterpart, 'back');
    assert.equal(back.unbracketed, true);
  });

  test('a version compared with itself has only unchanged insertions', () => {
    const same = compareInsertions(original, parse(seed));
    assert.deepEqual(same.counts, { same: 5, reworded: 0, 'kind-changed': 0, 'only-a': 0, 'only-b': 0 });
  });

  test('an empty version: every insertion is only in the other, with nothing standing in its place', () => {
    const result = compareInsertions(original, parse(''));
    assert.equal(result.counts['only-a'], 5);
    assert.ok(result.differences.every((difference) => difference.counterpart === '' && difference.unbracketed === false));
  });

  test('an insertion in a paragraph the other version splits in two is still matched', () => {
    const split = parse(edit(seed, [['in the form of letters, even the most', 'in the form of letters.\n\nEven the most']]));
    assert.equal(compareInsertions(original, split).counts.same, 5);
  });
});

function kindOf(document: ReturnType<typeof parse>, paragraph: number): string {
  const span = document.paragraphs[paragraph]?.spans.find((candidate) => candidate.type === 'insertion');
  return span?.type === 'insertion' ? span.kind : 'none';
}
