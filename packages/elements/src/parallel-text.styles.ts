/**
 * The look of `<parallel-text>`: every colour and size is a `--parallel-text-*` custom property
 * read with a fallback. Colours follow the page's `color-scheme` through light-dark(), so a page
 * that opts into dark mode gets dark defaults. Insertion kinds differ by shape as well as colour
 * (italic, dashed, tinted, boxed) so they survive forced colours, print and colour blindness.
 */
import { css } from 'lit';

export const parallelTextStyles = css`
  :host {
    --_accent: var(--parallel-text-accent, light-dark(#1f5fa8, #8ab4f8));
    --_highlight: var(--parallel-text-highlight, light-dark(#fff1b8, #4a3f10));
    --_soft: color-mix(in srgb, var(--_highlight) 45%, transparent);
    --_translit: var(--parallel-text-transliteration-color, light-dark(#8a3b12, #f0a37a));
    --_supplied: var(--parallel-text-supplied-color, light-dark(#4b5563, #c4c9d0));
    --_gloss: var(--parallel-text-gloss-color, light-dark(#1d5e3a, #7fd1a3));
    --_editorial: var(--parallel-text-editorial-color, light-dark(#6b3fa0, #c9a6f2));
    --_doubt: var(--parallel-text-doubtful-color, light-dark(#b45309, #f5b35c));
    --_muted: var(--parallel-text-muted, light-dark(#5f6368, #a8adb3));
    --_surface: var(--parallel-text-popover-background, light-dark(#ffffff, #1f2124));
    --_ui: var(--parallel-text-ui-font-family, system-ui, -apple-system, 'Segoe UI', 'PT Sans', sans-serif);
    --_gap: var(--parallel-text-gap, 2rem);
    display: block;
    container-type: inline-size;
    color: var(--parallel-text-color, inherit);
    background: var(--parallel-text-background, transparent);
    font-family: var(--parallel-text-font-family, 'PT Serif', Georgia, 'Times New Roman', serif);
    font-size: var(--parallel-text-font-size, 1rem);
    line-height: var(--parallel-text-line-height, 1.6);
  }

  /* Rows: each pair is its own grid, so both sides of a pair start level whatever their length. */
  .head,
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    column-gap: var(--_gap);
  }
  .rows {
    display: block;
  }
  .row {
    box-sizing: border-box;
    width: 100%;
    position: relative;
    padding: calc(var(--parallel-text-row-gap, 1rem) / 2) 0.75rem;
    border-radius: 6px;
  }
  .row:focus-visible {
    outline-offset: -2px;
  }
  .row:has(.source:hover) .target,
  .row:has(.target:hover) .source,
  .row:focus-within .cell {
    background: var(--_soft);
  }
  .row.is-selected {
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .row.is-highlighted,
  .paragraph.is-highlighted,
  .note.is-highlighted {
    background: var(--_highlight);
  }
  .cell {
    min-width: 0;
    border-radius: 4px;
    hyphens: auto;
    overflow-wrap: break-word;
  }
  .paragraph {
    margin: 0 0 0.7em;
  }
  .paragraph:last-child {
    margin-bottom: 0;
  }
  /* A paragraph the source splits at a page break: keep the two halves visibly one. */
  .paragraph.continues {
    margin-bottom: 0.15em;
  }
  .paragraph.continues::after {
    content: ' ⁄ page break' / '';
    color: var(--_muted);
    font: italic 0.75rem var(--_ui);
    white-space: nowrap;
  }
  .gap-note {
    margin: 0;
    padding: 0.25rem 0.5rem;
    border: 1px dashed var(--_muted);
    border-radius: 4px;
    color: var(--_muted);
    font: italic 0.85rem/1.4 var(--_ui);
  }
  .row.doubtful {
    box-shadow: inset 3px 0 0 var(--_doubt);
  }
  .doubt-flag {
    position: absolute;
    inset-inline-start: -0.6rem;
    top: 0.6rem;
    width: 1.1rem;
    height: 1.1rem;
    border-radius: 50%;
    background: var(--_doubt);
  }
  .doubt-flag::before {
    content: '?';
    display: block;
    color: light-dark(#fff, #1f2124);
    font: bold 0.75rem/1.1rem var(--_ui);
    text-align: center;
  }

  /* Stacked: one column, each side labelled with its language. */
  :host([layout='stacked']) .row,
  :host([layout='stacked']) .head {
    grid-template-columns: minmax(0, 1fr);
    row-gap: 0.35rem;
  }
  :host([layout='stacked']) .row + .row {
    border-top: 1px solid color-mix(in srgb, currentColor 15%, transparent);
    border-radius: 0;
  }
  :host([layout='stacked']) .cell::before {
    content: attr(data-badge);
    display: block;
    color: var(--_muted);
    font: 600 0.7rem/1.6 var(--_ui);
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  @container (max-width: 40rem) {
    .row,
    .head {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0.35rem;
    }
    .cell::before {
      content: attr(data-badge);
      display: block;
      color: var(--_muted);
      font: 600 0.7rem/1.6 var(--_ui);
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    .row {
      padding-inline: 0.6rem 0.25rem;
    }
    .row + .row {
      border-top: 1px solid color-mix(in srgb, currentColor 15%, transparent);
      border-radius: 0;
    }
  }

  /* Insertions: shape first, colour second. */
  .insertion {
    cursor: help;
    border-radius: 2px;
    text-underline-offset: 0.2em;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .kind-transliteration {
    color: var(--_translit);
    font-style: italic;
    text-decoration: underline dotted;
  }
  .kind-supplied {
    color: var(--_supplied);
    text-decoration: underline dashed;
  }
  .kind-gloss {
    color: var(--_gloss);
    background: color-mix(in srgb, var(--_gloss) 12%, transparent);
    text-decoration: underline solid 1px;
  }
  .kind-editorial {
    color: var(--_editorial);
    outline: 1px dotted var(--_editorial);
    outline-offset: 1px;
  }
  .insertion.is-highlighted {
    background: var(--_highlight);
  }
  .insertion.concealed::before {
    content: '[ … ]' / '';
    color: var(--_muted);
  }
  .word {
    text-decoration: underline dotted color-mix(in srgb, var(--_translit) 60%, transparent);
    text-underline-offset: 0.2em;
  }
  .word[data-linked] {
    background: var(--_highlight);
    color: var(--_translit);
    text-decoration-color: var(--_translit);
  }
  .note-ref {
    color: var(--_accent);
    font-size: 0.75em;
    vertical-align: super;
    line-height: 0;
    padding-inline: 0.1em;
  }
  mark.annotated,
  .word.annotated,
  .insertion.annotated {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    color: inherit;
  }
  .annotation-ref {
    all: unset;
    cursor: pointer;
    display: inline-block;
    margin-inline: 0.15em;
    padding: 0 0.25em;
    border-radius: 3px;
    color: var(--_accent);
    font: 600 0.7em/1.4 var(--_ui);
    vertical-align: super;
  }
  .annotation-ref::before {
    content: '✎' / '';
  }
  .annotation-ref:focus-visible {
    outline: 2px solid var(--_accent);
  }

  /* Around the rows. */
  .head {
    row-gap: 0.5rem;
    margin-bottom: 0.75rem;
    padding-inline: 0.75rem;
    font: 600 0.8rem/1.4 var(--_ui);
    color: var(--_muted);
  }
  .head-lang {
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .provenance {
    margin-inline-start: 0.5em;
    font-weight: 400;
  }
  .provenance.is-reconstruction {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--_doubt);
    border-radius: 3px;
    color: inherit;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1.1rem;
    margin: 0.3rem 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font: 400 0.8rem/1.5 var(--_ui);
  }
  /* Only the drawn sample fades for a kind with no insertions: the words keep their contrast. */
  .legend-item.is-empty .swatch {
    opacity: 0.45;
  }
  .swatch {
    font-family: var(--parallel-text-font-family, 'PT Serif', Georgia, serif);
  }
  /* A sample of the style, drawn by CSS so it is not text a reader could copy or find. */
  .swatch::before {
    content: '[abc]' / '';
  }
  .count {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .toolbar {
    margin: 0 0 0.75rem;
    padding: 0 0.75rem;
  }
  .toolbar button,
  .reveal,
  .edit button,
  .popover-action {
    font: 0.8rem/1.3 var(--_ui);
    padding: 0.25rem 0.6rem;
    border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
    border-radius: 4px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .edit {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem;
    margin-top: 0.4rem;
  }
  .pinned {
    color: var(--_muted);
    font: 0.75rem var(--_ui);
  }
  .notices {
    margin: 0 0.75rem 0.75rem;
    font: 0.8rem/1.5 var(--_ui);
  }
  .notices summary {
    cursor: pointer;
    color: var(--_doubt);
  }
  .status {
    margin: 0.5rem 0.75rem;
    font: 0.9rem/1.5 var(--_ui);
  }
  .status.is-error {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_doubt);
  }
  .status p {
    margin: 0;
  }
  progress {
    display: block;
    width: min(20rem, 100%);
  }
  .notes {
    margin-top: 2rem;
    padding: 1rem 0.75rem 0;
    border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    font-size: 0.9em;
  }
  .notes-heading {
    margin: 0 0 0.5rem;
    font: 600 0.85rem/1.4 var(--_ui);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .notes-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .note {
    display: grid;
    grid-template-columns: 2em minmax(0, 1fr);
    margin-bottom: 0.5em;
    border-radius: 4px;
  }
  .note-label {
    font-weight: 600;
  }
  .note-back {
    grid-column: 2;
    color: var(--_accent);
    font: 0.8rem var(--_ui);
  }

  /* The shared explanation popover. */
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    max-width: min(26rem, calc(100vw - 16px));
    padding: 0.75rem 1rem;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--parallel-text-color, light-dark(#1b1c1e, #e8eaed));
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
    font: 0.875rem/1.5 var(--_ui);
  }
  .popover p {
    margin: 0.4rem 0 0;
  }
  .popover-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 1rem;
  }
  .popover-close {
    all: unset;
    cursor: pointer;
    padding: 0 0.3rem;
    border-radius: 3px;
  }
  .popover-close::before {
    content: '×' / '';
    font-size: 1.2rem;
    line-height: 1;
  }
  .popover-close:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .popover-quote,
  .popover-word {
    font-family: var(--parallel-text-font-family, 'PT Serif', Georgia, serif);
    font-size: 1rem;
  }
  .popover-word {
    background: var(--_highlight);
    padding: 0 0.15em;
  }
  .popover-annotation,
  .popover-note {
    white-space: pre-line;
  }
  .popover-why {
    color: var(--_muted);
    font-size: 0.8rem;
  }


  @media (forced-colors: active) {
    .row.doubtful,
    .row.is-selected {
      box-shadow: none;
      border-inline-start: 3px solid CanvasText;
    }
    .doubt-flag {
      background: CanvasText;
    }
    .doubt-flag::before {
      color: Canvas;
    }
    .insertion,
    .word[data-linked],
    .row.is-highlighted,
    .paragraph.is-highlighted,
    .note.is-highlighted,
    .insertion.is-highlighted {
      forced-color-adjust: none;
    }
    .insertion {
      color: LinkText;
      background: Canvas;
    }
    .word[data-linked],
    .row.is-highlighted,
    .paragraph.is-highlighted,
    .note.is-highlighted,
    .insertion.is-highlighted {
      background: Highlight;
      color: HighlightText;
    }
    .kind-gloss {
      border: 1px solid LinkText;
    }
    .popover {
      border: 2px solid CanvasText;
    }
  }

  /* Print: both columns whatever the width or layout, no controls, notes after the text. */
  @media print {
    :host {
      container-type: normal;
      color: #000;
    }
    .row,
    .head {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) !important;
      break-inside: avoid;
    }
    .cell::before {
      content: none !important;
    }
    .row,
    .cell,
    .row.is-highlighted,
    .paragraph.is-highlighted {
      background: none !important;
      box-shadow: none !important;
    }
    .edit,
    .toolbar,
    .notices,
    .popover,
    .annotation-ref,
    .doubt-flag,
    .note-back {
      display: none !important;
    }
    .insertion {
      color: #000;
    }
    .notes {
      break-before: auto;
    }
  }
`;
