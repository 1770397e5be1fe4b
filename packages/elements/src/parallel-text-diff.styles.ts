/**
 * The look of `<parallel-text-diff>`: `--parallel-text-*` custom properties read with fallbacks,
 * light and dark through light-dark(). Insertions are underlined and deletions struck through, so
 * they differ by shape as well as colour; forced-colors mode keeps both marks.
 */
import { css } from 'lit';

export const parallelTextDiffStyles = css`
  :host {
    --_accent: var(--parallel-text-accent, light-dark(#1f5fa8, #8ab4f8));
    --_muted: var(--parallel-text-muted, light-dark(#5f6368, #a8adb3));
    --_ins: var(--parallel-text-insert-background, light-dark(#d7f0d2, #1f4a27));
    --_del: var(--parallel-text-delete-background, light-dark(#f8d7d7, #5a2525));
    --_ui: var(--parallel-text-ui-font-family, system-ui, -apple-system, 'Segoe UI', 'PT Sans', sans-serif);
    display: block;
    container-type: inline-size;
    color: var(--parallel-text-color, inherit);
    font-family: var(--parallel-text-font-family, 'PT Serif', Georgia, 'Times New Roman', serif);
    line-height: var(--parallel-text-line-height, 1.6);
  }
  .toolbar,
  .summary,
  .legend,
  .row-heading,
  .side-name {
    font-family: var(--_ui);
    font-size: 0.9rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    align-items: center;
  }
  .views {
    display: flex;
    gap: 0.75rem;
    border: 0;
    margin: 0;
    padding: 0;
  }
  .navigation {
    display: flex;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    padding: 0.25rem 0.6rem;
  }
  .summary {
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  .legend,
  .provenance {
    color: var(--_muted);
    margin: 0 0 1rem;
  }
  .provenance,
  .source-tag {
    font-family: var(--_ui);
    font-size: 0.85rem;
  }
  .source-tag {
    font-style: italic;
  }
  .row {
    border-top: 1px solid color-mix(in srgb, currentColor 20%, transparent);
    padding: 0.5rem 0 0.75rem;
  }
  .row-heading,
  .side-name {
    color: var(--_muted);
  }
  .source {
    color: var(--_muted);
    white-space: pre-wrap;
    margin: 0.25rem 0 0.5rem;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0.25rem 0 0;
  }
  .split {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--parallel-text-gap, 2rem);
  }
  @container (max-width: 36rem) {
    .split {
      grid-template-columns: 1fr;
    }
  }
  .gap {
    color: var(--_muted);
    font-style: italic;
  }
  ins,
  .sample-insert {
    background: var(--_ins);
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 2px;
  }
  del,
  .sample-delete {
    background: var(--_del);
    text-decoration: line-through;
  }
  .sample {
    font-family: var(--parallel-text-font-family, 'PT Serif', Georgia, serif);
  }
  .pilcrow {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    ins {
      text-decoration-style: double;
    }
    del {
      text-decoration-color: CanvasText;
    }
    ins,
    del {
      forced-color-adjust: auto;
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
  }
`;
