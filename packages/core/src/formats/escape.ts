/**
 * Escaping for the markup formats (TEI XML, static HTML). Every character of a text reaches the
 * output as a character, never as markup: this is the one place that guarantees it.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for attribute values in quotes. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * Replaces characters XML 1.0 forbids (C0 controls other than tab, LF, CR; lone surrogates;
 * U+FFFE/U+FFFF) by U+FFFD so the document stays well-formed. Reported by the caller as a diagnostic,
 * because this is the only case where an export cannot carry a character as it is.
 */
export function xmlSafe(text: string): { text: string; replaced: number } {
  let replaced = 0;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const safe = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, () => {
    replaced += 1;
    return '\uFFFD';
  });
  return { text: safe, replaced };
}
