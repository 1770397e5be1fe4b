/**
 * The HTML an embedder pastes to show the playground's texts with the current settings: the
 * texts as light-DOM paragraphs (readable before and without JavaScript), one module script, and
 * the corrected alignment when a person changed it. Every text is HTML-escaped: a `<script>` in
 * a text arrives as the characters it is.
 */
import type { AlignmentPair } from '@parallel-text/core';
import { DEFAULT_SETTINGS, type ViewSettings } from '../app/route.js';

export interface EmbedInput {
  readonly sourceParagraphs: readonly string[];
  readonly targetParagraphs: readonly string[];
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly settings: Pick<ViewSettings, 'layout' | 'insertions'>;
  /** Pairs to pin, when a person corrected the aligner; left out otherwise. */
  readonly pairs?: readonly AlignmentPair[];
}

export const ELEMENTS_URL = 'https://esm.sh/@parallel-text/elements/define.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${String(char.codePointAt(0))};`);
}

const LANG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/u;

export function embedSnippet(input: EmbedInput): string {
  const sourceLang = LANG.test(input.sourceLang) ? input.sourceLang : 'ru';
  const targetLang = LANG.test(input.targetLang) ? input.targetLang : 'en';
  const attributes = [`source-lang="${sourceLang}"`, `target-lang="${targetLang}"`];
  if (input.settings.layout !== DEFAULT_SETTINGS.layout) attributes.push(`layout="${input.settings.layout}"`);
  if (input.settings.insertions !== DEFAULT_SETTINGS.insertions) attributes.push(`insertions="${input.settings.insertions}"`);
  const article = (lang: string, paragraphs: readonly string[]) =>
    [`  <article lang="${lang}">`, ...paragraphs.map((text) => `    <p>${escapeHtml(text)}</p>`), '  </article>'].join('\n');
  const script = [`<script type="module">`, `  import '${ELEMENTS_URL}';`];
  if (input.pairs) {
    const pairs = input.pairs.map((pair) => ({ source: [...pair.source], target: [...pair.target], score: pair.score, pinned: true }));
    script.push(`  // The alignment as corrected in the playground; leave this out to let the aligner run.`);
    script.push(`  document.querySelector('parallel-text').alignment = ${JSON.stringify(pairs)};`);
  }
  script.push('</script>');
  return [`<parallel-text ${attributes.join(' ')}>`, article(sourceLang, input.sourceParagraphs), article(targetLang, input.targetParagraphs), '</parallel-text>', ...script].join('\n');
}
