import { test } from 'node:test';
import assert from 'node:assert/strict';
import { perturb } from '../bench/support/perturb.js';
import { oneToOne, type Bitext, type GoldPair } from '../bench/support/bitext.js';

/**
 * The benchmark's perturbed gold must be the honest best alignment: paragraphs sharing any
 * original pair's text are in one gold pair, and no gold pair could be cut into two smaller
 * pairs that each keep their own text together. Paragraph k of the original says "sk1. sk2."
 * (source) and "tk1. tk2." (target), so the text itself shows which original pairs it holds.
 */
function original(count: number): Bitext {
  const source = Array.from({ length: count }, (_, k) => `s${String(k)}a. s${String(k)}b.`);
  const target = Array.from({ length: count }, (_, k) => `t${String(k)}a. t${String(k)}b.`);
  return { name: 'numbered', source, target, gold: oneToOne(count) };
}

function originsOf(text: string): Set<number> {
  return new Set([...text.matchAll(/[st](\d+)[ab]\./g)].map((match) => Number(match[1])));
}

function origins(texts: readonly string[], indices: readonly number[]): Set<number> {
  return new Set(indices.flatMap((i) => [...originsOf(texts[i] ?? '')]));
}

function selfContained(bitext: Bitext, source: readonly number[], target: readonly number[]): boolean {
  const s = origins(bitext.source, source);
  const t = origins(bitext.target, target);
  const present = new Set([...bitext.target.flatMap((text) => [...originsOf(text)])]);
  const presentSource = new Set([...bitext.source.flatMap((text) => [...originsOf(text)])]);
  return [...s].every((k) => t.has(k) || !present.has(k)) && [...t].every((k) => s.has(k) || !presentSource.has(k));
}

function describe(pair: GoldPair): string {
  return `${pair.source.join(',')}:${pair.target.join(',')}`;
}

test('perturbed gold keeps the pieces of one original pair together and splits what can be split', () => {
  for (let seed = 1; seed <= 300; seed += 1) {
    const bitext = perturb(original(24), { seed, merges: 5, splits: 5, drops: 3 }, 'numbered');
    for (const pair of bitext.gold) {
      if (pair.source.length === 0 || pair.target.length === 0) continue;
      assert.ok(selfContained(bitext, pair.source, pair.target), `seed ${String(seed)}: ${describe(pair)} shares text with another pair`);
      // A pair of two or more paragraphs a side that cuts into two self-contained pairs is an artefact.
      for (let a = 1; a < pair.source.length; a += 1) {
        for (let b = 1; b < pair.target.length; b += 1) {
          const cuttable = selfContained(bitext, pair.source.slice(0, a), pair.target.slice(0, b)) && selfContained(bitext, pair.source.slice(a), pair.target.slice(b));
          assert.ok(!cuttable, `seed ${String(seed)}: ${describe(pair)} is two pairs`);
        }
      }
    }
  }
});

test('a merged pair whose partner was dropped pairs with what remains of it', () => {
  const found = new Set<string>();
  for (let seed = 1; seed <= 300; seed += 1) {
    const bitext = perturb(original(24), { seed, merges: 5, splits: 0, drops: 5 }, 'numbered');
    for (const pair of bitext.gold) {
      const s = origins(bitext.source, pair.source);
      const t = origins(bitext.target, pair.target);
      if (pair.source.length > 0 && pair.target.length > 0 && s.size !== t.size) found.add(`${String(s.size)}/${String(t.size)}`);
    }
  }
  // Such pairs occur (a paragraph holding two originals against one whose partner is gone) and are paired, not left out.
  assert.ok(found.size > 0);
});

test('the prose bitexts’ gold files cover every paragraph of each side once, in order', async () => {
  const { loadProse } = await import('../bench/support/prose.js');
  for (const name of ['story', 'classic', 'scripture', 'prophets'] as const) {
    const bitext = loadProse(name);
    for (const side of ['source', 'target'] as const) {
      const listed = bitext.gold.flatMap((pair) => [...pair[side]]);
      assert.deepEqual(listed, Array.from({ length: bitext[side].length }, (_, k) => k), `${name} ${side}`);
    }
    assert.ok(bitext.gold.every((pair) => pair.source.length + pair.target.length > 0));
  }
});
