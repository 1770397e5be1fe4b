/**
 * Messages between the viewer and its alignment worker. Plain data only (structured clone):
 * documents and pins in, progress and the alignment out.
 */
import type { Alignment, Pin, TextDocument } from '@parallel-text/core';

export interface AlignRequest {
  readonly id: number;
  readonly source: TextDocument;
  readonly target: TextDocument;
  readonly pins: readonly Pin[];
}

export type AlignResponse =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'done'; readonly alignment: Alignment }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
