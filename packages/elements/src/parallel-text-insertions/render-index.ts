/**
 * Templates of `<parallel-text-insertions>`: the kind filter, the density strip and the table.
 * Text is bound as text only; every text carries its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INSERTION_KINDS, type InsertionIndexRow, type InsertionKind } from '@parallel-text/core';
import { binLabel, type DensityBin } from './density.js';
import type { IndexView, SortKey } from './index-view.js';

export interface IndexHandlers {
  readonly toggleKind: (event: Event) => void;
  readonly search: (event: Event) => void;
  readonly sortBy: (event: Event) => void;
  readonly choose: (event: Event) => void;
  readonly chooseBin: (event: Event) => void;
  readonly stripKeyDown: (event: KeyboardEvent) => void;
}

export function renderFilters(view: IndexView, counts: Readonly<Record<InsertionKind, number>>, handlers: IndexHandlers): TemplateResult {
  return html`<div part="filters" class="filters">
    <fieldset class="kinds">
      <legend>Kinds</legend>
      ${INSERTION_KINDS.map(
        (kind) => html`<label class=${`kind kind-${kind}`}
          ><input type="checkbox" value=${kind} .checked=${view.kinds.has(kind)} @change=${handlers.toggleKind} />${kind}
          <span class="count">${counts[kind]}</span></label
        >`,
      )}
    </fieldset>
    <label class="search">Filter <input type="search" .value=${view.query} @input=${handlers.search} /></label>
  </div>`;
}

export function renderStrip(bins: readonly DensityBin[], active: number, handlers: IndexHandlers): TemplateResult {
  const most = Math.max(1, ...bins.map((bin) => bin.total));
  return html`<div part="density" class="density">
    <div id="density-label" class="strip-label">Where the translator intervened, by paragraph (arrow keys move; Enter shows the first insertion)</div>
    <div class="bars" role="group" aria-labelledby="density-label" @keydown=${handlers.stripKeyDown}>
      ${bins.map(
        (bin, index) => html`<button
          type="button"
          part="density-bar"
          class="bar"
          data-bin=${index}
          tabindex=${index === active ? 0 : -1}
          aria-label=${binLabel(bin)}
          title=${binLabel(bin)}
          @click=${handlers.chooseBin}
        >
          <span class="bar-count" aria-hidden="true">${bin.total > 0 ? bin.total : ''}</span>
          <span class="track"><span class="fill" style=${`height: ${(100 * bin.total) / most}%`}></span></span>
        </button>`,
      )}
    </div>
  </div>`;
}

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'position', label: '¶' },
  { key: 'kind', label: 'Kind' },
  { key: 'text', label: 'Insertion' },
];

function header(key: SortKey, label: string, view: IndexView, handlers: IndexHandlers): TemplateResult {
  const sorted = view.sort === key;
  return html`<th scope="col" aria-sort=${sorted ? view.direction : 'none'}>
    <button type="button" data-sort=${key} @click=${handlers.sortBy}>
      ${label === '¶' ? html`<span aria-hidden="true">¶</span><span class="visually-hidden">Paragraph</span>` : label}<span aria-hidden="true"
        >${sorted ? (view.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span
      >
    </button>
  </th>`;
}

export interface TableContext {
  readonly lang: string;
  readonly sourceLang: string;
  readonly selected: string | undefined;
}

export function renderTable(rows: readonly InsertionIndexRow[], view: IndexView, context: TableContext, handlers: IndexHandlers): TemplateResult {
  return html`<table part="table">
    <caption class="visually-hidden">
      Insertions, sortable by the column buttons
    </caption>
    <thead>
      <tr>
        ${COLUMNS.map(({ key, label }) => header(key, label, view, handlers))}
        <th scope="col" class="context">Context</th>
        ${header('source', 'Source word', view, handlers)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr part=${row.id === context.selected ? 'row selected' : 'row'} aria-current=${row.id === context.selected ? 'true' : nothing}>
          <td class="number">${row.paragraph}</td>
          <td><span class=${`kind-name kind-${row.kind}`}>${row.kind}</span></td>
          <td>
            <button type="button" part="insertion" class="insertion" lang=${context.lang} data-id=${row.id} @click=${handlers.choose}>
              ${row.text}<span class="visually-hidden"> — show in the text</span>
            </button>
          </td>
          <td class="context" lang=${context.lang}><span class="before">${row.before}</span><mark>${row.text}</mark><span class="after">${row.after}</span></td>
          <td>${row.sourceWord === undefined ? html`<span class="none">—</span>` : html`<span lang=${context.sourceLang}>${row.sourceWord}</span>`}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
