/**
 * Fragment ids, one 0-based numbering everywhere: `p{j}` the row of target paragraph j,
 * `p{j}-i{k}` the k-th insertion of target paragraph j, `s{i}` source paragraph i,
 * `note-{label}` a note (`s-note-{label}` a note of the original). Pure: parsing a fragment never touches the DOM.
 */

export type Fragment =
  | { readonly kind: 'target'; readonly paragraph: number }
  | { readonly kind: 'insertion'; readonly paragraph: number; readonly insertion: number }
  | { readonly kind: 'source'; readonly paragraph: number }
  | { readonly kind: 'note'; readonly label: string }
  | { readonly kind: 'source-note'; readonly label: string };

const PATTERNS: readonly [RegExp, (match: RegExpExecArray) => Fragment][] = [
  [/^p(\d+)$/, (m) => ({ kind: 'target', paragraph: Number(m[1]) })],
  [/^p(\d+)-i(\d+)$/, (m) => ({ kind: 'insertion', paragraph: Number(m[1]), insertion: Number(m[2]) })],
  [/^s(\d+)$/, (m) => ({ kind: 'source', paragraph: Number(m[1]) })],
  [/^note-([\p{L}\p{N}_*†‡§-]{1,32})$/u, (m) => ({ kind: 'note', label: m[1] ?? '' })],
  [/^s-note-([\p{L}\p{N}_*†‡§-]{1,32})$/u, (m) => ({ kind: 'source-note', label: m[1] ?? '' })],
];

/** Reads a fragment id, with or without a leading `#`; `undefined` when it is not one of ours. */
export function parseFragment(text: string): Fragment | undefined {
  let id = text.startsWith('#') ? text.slice(1) : text;
  try {
    id = decodeURIComponent(id);
  } catch {
    return undefined; // a malformed %-escape is not one of our ids
  }
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(id);
    if (match) return build(match);
  }
  return undefined;
}

export const targetParagraphId = (paragraph: number): string => `p${paragraph}`;
export const insertionId = (paragraph: number, insertion: number): string => `p${paragraph}-i${insertion}`;
export const sourceParagraphId = (paragraph: number): string => `s${paragraph}`;
export const noteId = (label: string): string => `note-${label}`;
/** Notes of the original, when it has its own (not part of the public contract's `note-{label}`). */
export const sourceNoteId = (label: string): string => `s-note-${label}`;

/** The id of an element that holds a fragment, as it appears in the shadow root. */
export function fragmentId(fragment: Fragment): string {
  switch (fragment.kind) {
    case 'target':
      return targetParagraphId(fragment.paragraph);
    case 'insertion':
      return insertionId(fragment.paragraph, fragment.insertion);
    case 'source':
      return sourceParagraphId(fragment.paragraph);
    case 'note':
      return noteId(fragment.label);
    case 'source-note':
      return sourceNoteId(fragment.label);
  }
}
