/**
 * Prose bitexts kept in tests/bench/data/prose (see its README): a short story written for this
 * project with its literary English translation, and the Book of Ruth in the Synodal and King James
 * wordings as recalled. Their gold comes from files written with the texts, so it holds the
 * translator's own merges, splits, a left-out and an added paragraph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/paths.js';
import type { Bitext, GoldPair } from './bitext.js';

const DIRECTORY = join(repoRoot, 'tests/bench/data/prose');

function paragraphs(file: string): string[] {
  return readFileSync(join(DIRECTORY, file), 'utf8')
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** Gold lines: `SOURCE<TAB>TARGET`, each a comma-separated list of 0-based indices, possibly empty. */
function gold(file: string): GoldPair[] {
  const indices = (part: string | undefined) => (part === undefined || part.trim() === '' ? [] : part.split(',').map(Number));
  return readFileSync(join(DIRECTORY, file), 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [source, target] = line.split('\t');
      return { source: indices(source), target: indices(target) };
    });
}

export function loadProse(name: 'story' | 'scripture' | 'prophets' | 'classic'): Bitext {
  return { name, source: paragraphs(`${name}.ru.txt`), target: paragraphs(`${name}.en.txt`), gold: gold(`${name}.gold.tsv`) };
}
