/**
 * Reads the progressive-enhancement input: `<article lang="ru">` and `<article lang="en">`
 * children whose paragraphs (`<p>`) are the texts. Each paragraph's text is what a reader saw
 * before the element upgraded: HTML whitespace collapsed as the browser renders it, nothing else
 * changed. Never parses markup from text and never alters the light DOM.
 */

export interface LightText {
  /** Paragraphs joined by blank lines, ready for core's parser. */
  readonly text: string;
  /** The article's `lang`, when it has one. */
  readonly lang: string | undefined;
}

export interface LightTexts {
  readonly source: LightText | undefined;
  readonly target: LightText | undefined;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** Text of a node as rendered: `<br>` counts as a space, scripts and templates count as nothing. */
function renderedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  if (SKIPPED.has(element.tagName)) return '';
  if (element.tagName === 'BR') return ' ';
  let out = '';
  for (const child of element.childNodes) out += renderedText(child);
  return out;
}

const collapse = (text: string): string => text.replace(HTML_SPACE, ' ').trim();

/** The article's paragraphs: its `<p>` elements, or its whole text as one block when it has none. */
export function articleText(article: Element): string {
  const paragraphs = [...article.querySelectorAll('p')];
  if (paragraphs.length === 0) return collapse(renderedText(article));
  return paragraphs
    .map((paragraph) => collapse(renderedText(paragraph)))
    .filter((text) => text !== '')
    .join('\n\n');
}

const primary = (tag: string | undefined): string => (tag ?? '').toLowerCase().split('-')[0] ?? '';

/**
 * Picks the source and target articles: by language first (`lang` matching source-lang or
 * target-lang), then by order for articles without a matching language.
 */
export function readLightDom(host: Element, sourceLang: string, targetLang: string): LightTexts {
  const articles = [...host.children].filter((child) => child.tagName === 'ARTICLE');
  if (articles.length === 0) return { source: undefined, target: undefined };
  const langOf = (article: Element) => article.getAttribute('lang') ?? undefined;
  let source = articles.find((article) => primary(langOf(article)) === primary(sourceLang));
  let target = articles.find((article) => article !== source && primary(langOf(article)) === primary(targetLang));
  const rest = articles.filter((article) => article !== source && article !== target);
  source ??= rest.shift();
  target ??= rest.shift();
  const read = (article: Element | undefined): LightText | undefined =>
    article ? { text: articleText(article), lang: langOf(article) } : undefined;
  return { source: read(source), target: read(target) };
}
