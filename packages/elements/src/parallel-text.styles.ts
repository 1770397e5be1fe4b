import { css } from 'lit';

export const parallelTextStyles = css`
  :host {
    display: block;
    color: var(--parallel-text-color, CanvasText);
    font-family: var(--parallel-text-font-family, Georgia, 'Times New Roman', serif);
    line-height: var(--parallel-text-line-height, 1.55);
  }
  .rows {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--parallel-text-row-gap, 0.75rem) var(--parallel-text-gap, 1.5rem);
  }
  p {
    margin: 0;
  }
`;
