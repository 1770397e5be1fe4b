/**
 * Builds a `---` front-matter block (one `key: value` per line) so a text assembled in the demo
 * carries its metadata, provenance above all, into core's parser like any file would. Values are
 * kept on one line; the text that follows is never altered.
 */

export function withFrontMatter(fields: Readonly<Record<string, string>>, body: string): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value.replace(/\s+/gu, ' ').trim()}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}
