import { css } from 'lit';

/**
 * Rules every parallel-text element shares: `hidden` hides the host, keyboard focus is always
 * visible in the element's accent colour, and `.visually-hidden` keeps text for screen readers only.
 * Each element's own sheet follows this one and defines `--_accent`.
 */
export const baseStyles = css`
  :host([hidden]) {
    display: none;
  }
  *:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
