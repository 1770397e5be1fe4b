/**
 * Tells the reader what core found wrong with the input (an unbalanced bracket, an alignment
 * that does not fit the texts) in a closed disclosure, so problems are visible but not in the
 * way. Templates only; messages are rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Notice } from './pipeline.js';
import { UI_LANG } from './ui-text.js';

const WHERE: Readonly<Record<Notice['where'], string>> = { source: 'Original', target: 'Translation', alignment: 'Alignment' };

function place(notice: Notice): string {
  const { line, column } = notice.diagnostic;
  return line > 0 ? `${WHERE[notice.where]}, line ${line}, column ${column}` : WHERE[notice.where];
}

export function renderNotices(notices: readonly Notice[]): TemplateResult | typeof nothing {
  const shown = notices.filter((notice) => notice.diagnostic.severity !== 'info');
  if (shown.length === 0) return nothing;
  const errors = shown.filter((notice) => notice.diagnostic.severity === 'error').length;
  return html`<details class="notices" part="notices" lang=${UI_LANG}>
    <summary>${shown.length} ${shown.length === 1 ? 'problem' : 'problems'} found in the input${errors > 0 ? ` (${errors} serious)` : ''}</summary>
    <ul>
      ${shown.map(
        (notice) => html`<li class=${`notice is-${notice.diagnostic.severity}`}>
          <span class="notice-place">${place(notice)}:</span> ${notice.diagnostic.message}
        </li>`,
      )}
    </ul>
  </details>`;
}
