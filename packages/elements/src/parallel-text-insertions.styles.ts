/**
 * The look of `<parallel-text-insertions>`: `--parallel-text-*` custom properties read with
 * fallbacks, light and dark through light-dark(). The strip encodes counts by bar height and a
 * printed number, never by colour alone; forced-colors mode keeps the bars visible.
 */
import { css } from 'lit';

export const parallelTextInsertionsStyles = css`
  :host {
    --_accent: var(--parallel-text-accent, light-dark(#1f5fa8, #8ab4f8));
    --_muted: var(--parallel-text-muted, light-dark(#5f6368, #a8adb3));
    --_highlight: var(--parallel-text-highlight, light-dark(#fff1b8, #4a3f10));
    --_bar: var(--parallel-text-density-color, currentColor);
    display: block;
    container-type: inline-size;
    color: var(--parallel-text-color, inherit);
    font-family: var(--parallel-text-ui-font-family, system-ui, -apple-system, 'Segoe UI', 'PT Sans', sans-serif);
    font-size: 0.95rem;
  }
  .summary {
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: end;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    border: 0;
    margin: 0;
    padding: 0;
  }
  .kinds legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .provenance {
    font-size: 0.85rem;
    margin: 0 0 0.5rem;
  }
  .count,
  .provenance,
  .strip-label,
  .none,
  .empty {
    color: var(--_muted);
  }
  .count::before {
    content: '(';
  }
  .count::after {
    content: ')';
  }
  .density {
    margin: 0.75rem 0;
  }
  .strip-label {
    font-size: 0.85rem;
    margin-bottom: 0.25rem;
  }
  .bars {
    display: flex;
    gap: 1px;
    align-items: stretch;
    height: calc(var(--parallel-text-density-height, 3rem) + 0.8rem);
    border-bottom: 1px solid var(--_muted);
  }
  /* The count sits above its bar, outside it, so a full bar never covers its own number. */
  .bar {
    flex: 1 1 0;
    min-width: 0.35rem;
    display: flex;
    flex-direction: column;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .track {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
  }
  .fill {
    display: block;
    width: 100%;
    background: var(--_bar);
    opacity: 0.7;
  }
  .bar:hover .fill,
  .bar:focus-visible .fill {
    opacity: 1;
  }
  .bar-count {
    flex: none;
    height: 0.8rem;
    font-size: 0.7rem;
    line-height: 0.8rem;
    text-align: center;
    color: var(--_muted);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.35rem 0.5rem 0.35rem 0;
    border-bottom: 1px solid color-mix(in srgb, currentColor 15%, transparent);
  }
  th[aria-sort='ascending'] button,
  th[aria-sort='descending'] button {
    color: var(--_accent);
  }
  th button {
    font: inherit;
    font-weight: 600;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .insertion {
    font-family: var(--parallel-text-font-family, 'PT Serif', Georgia, serif);
    font-size: 1rem;
    text-align: left;
    padding: 0.1rem 0.3rem;
  }
  .context {
    font-family: var(--parallel-text-font-family, 'PT Serif', Georgia, serif);
  }
  mark {
    background: var(--_highlight);
    color: inherit;
  }
  tr[aria-current='true'] {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .export {
    display: flex;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .export button {
    font: inherit;
    padding: 0.25rem 0.6rem;
  }
  @media (forced-colors: active) {
    .fill {
      background: CanvasText;
      opacity: 1;
    }
    mark {
      forced-color-adjust: auto;
    }
  }
  @container (max-width: 32rem) {
    .context {
      display: none;
    }
  }
  @media print {
    .filters,
    .export {
      display: none;
    }
  }
`;
