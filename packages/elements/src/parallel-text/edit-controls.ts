/**
 * The correction controls of an editable viewer: merge a pair with the next, split it, or move
 * one paragraph across the boundary with the next pair. The buttons only describe an edit in data
 * attributes; `applyEdit` hands it to core's pure edit operations, which keep pairs monotone and
 * covering. No alignment logic lives here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { mergePairs, shiftBoundary, splitPair, type AlignmentPair, type EditResult } from '@parallel-text/core';
import type { Row } from './rows.js';
import { UI_LANG } from './ui-text.js';

export type EditRequest =
  | { readonly kind: 'merge'; readonly pair: number }
  | { readonly kind: 'split'; readonly pair: number }
  | { readonly kind: 'shift'; readonly pair: number; readonly side: 'source' | 'target'; readonly delta: 1 | -1 };

/** Where "Split" cuts a pair: the first half of each side, and 1:0 + 0:1 for a single 1:1 pair. */
export function splitCuts(pair: AlignmentPair): { sourceCut: number; targetCut: number } {
  const sourceCut = Math.ceil(pair.source.length / 2);
  const targetCut = Math.ceil(pair.target.length / 2);
  if (sourceCut === pair.source.length && targetCut === pair.target.length) return { sourceCut, targetCut: 0 };
  return { sourceCut, targetCut };
}

export function applyEdit(pairs: readonly AlignmentPair[], request: EditRequest): EditResult {
  switch (request.kind) {
    case 'merge':
      return mergePairs(pairs, request.pair);
    case 'split': {
      const pair = pairs[request.pair];
      if (!pair) return { pairs, applied: false, reason: `there is no pair ${request.pair}` };
      const { sourceCut, targetCut } = splitCuts(pair);
      return splitPair(pairs, request.pair, sourceCut, targetCut);
    }
    case 'shift':
      return shiftBoundary(pairs, request.pair, request.side, request.delta);
  }
}

/** Reads an edit back from the data attributes of a clicked control. */
export function readEditRequest(button: HTMLElement): EditRequest | undefined {
  const pair = Number(button.dataset.pairIndex);
  if (!Number.isInteger(pair)) return undefined;
  const kind = button.dataset.edit;
  if (kind === 'merge' || kind === 'split') return { kind, pair };
  const side = button.dataset.side;
  const delta = Number(button.dataset.delta);
  if (kind === 'shift' && (side === 'source' || side === 'target') && (delta === 1 || delta === -1)) {
    return { kind, pair, side, delta };
  }
  return undefined;
}

function shiftButtons(row: Row, side: 'source' | 'target', name: string): TemplateResult {
  return html`<button type="button" data-edit="shift" data-pair-index=${row.index} data-side=${side} data-delta="1"
      title=${`Take the next pair's first ${name} paragraph into this pair`}
      aria-label=${`${name} up: take the next pair's first ${name} paragraph into this pair`}>${name} ↑</button
    ><button type="button" data-edit="shift" data-pair-index=${row.index} data-side=${side} data-delta="-1"
      title=${`Give this pair's last ${name} paragraph to the next pair`}
      aria-label=${`${name} down: give this pair's last ${name} paragraph to the next pair`}>${name} ↓</button>`;
}

export function renderEditControls(row: Row, rowCount: number, sourceName: string, targetName: string): TemplateResult {
  const hasNext = row.index < rowCount - 1;
  const canSplit = row.source.length + row.target.length > 1;
  return html`<div class="edit" part="edit-controls" role="group" lang=${UI_LANG} aria-label=${`Correct pair ${row.index + 1}`}>
    ${hasNext
      ? html`<button type="button" data-edit="merge" data-pair-index=${row.index} aria-label="Merge this pair with the next">Merge ↓</button>`
      : nothing}
    ${canSplit
      ? html`<button type="button" data-edit="split" data-pair-index=${row.index} aria-label="Split this pair in two">Split</button>`
      : nothing}
    ${hasNext ? html`${shiftButtons(row, 'source', sourceName)}${shiftButtons(row, 'target', targetName)}` : nothing}
    ${row.pinned ? html`<span class="pinned" part="pinned">Corrected</span>` : nothing}
  </div>`;
}
