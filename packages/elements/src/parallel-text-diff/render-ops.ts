/**
 * Draws diff ops as Lit templates: <ins> and <del> each open with a visually hidden
 * "inserted:" / "deleted:" so a screen reader announces the change, and carry the language of the
 * text they come from. Text is always bound as text, never as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DiffOp } from '@parallel-text/core';

export interface OpLabels {
  readonly inserted: string;
  readonly deleted: string;
}

export const VERSION_LABELS: OpLabels = { inserted: 'inserted', deleted: 'deleted' };
export const INSERTION_LABELS: OpLabels = { inserted: 'translator’s insertion', deleted: 'deleted' };

/** A change of whitespace only (a paragraph break) would be invisible; it gets a visible ¶ and says what it is. */
function change(op: 'insert' | 'delete', text: string, lang: string, labels: OpLabels): TemplateResult {
  const blank = text.trim() === '';
  const what = op === 'insert' ? labels.inserted : labels.deleted;
  const label = blank ? `${what} ${text.includes('\n') ? 'paragraph break' : 'space'}: ` : `${what}: `;
  const body = html`<span class="visually-hidden">${label}</span>${text}${blank ? html`<span class="pilcrow" aria-hidden="true">¶</span>` : nothing}`;
  return op === 'insert'
    ? html`<ins part="insert" lang=${lang} tabindex="-1" data-change>${body}</ins>`
    : html`<del part="delete" lang=${lang} tabindex="-1" data-change>${body}</del>`;
}

/** Both sides in one run: deletions from A, insertions from B, the rest shared. */
export function renderInline(ops: readonly DiffOp[], langA: string, langB: string, labels: OpLabels): unknown[] {
  return ops.map(({ op, text }) => (op === 'equal' ? text : change(op, text, op === 'insert' ? langB : langA, labels)));
}

/** One side only: A shows its deletions, B its insertions. */
export function renderSide(ops: readonly DiffOp[], side: 'a' | 'b', lang: string, labels: OpLabels): unknown[] {
  const own = side === 'a' ? 'delete' : 'insert';
  return ops.filter((op) => op.op === 'equal' || op.op === own).map(({ op, text }) => (op === 'equal' ? text : change(own, text, lang, labels)));
}
