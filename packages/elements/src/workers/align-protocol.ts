/**
 * Messages between the viewer and its worker. Plain data only (structured clone): the texts (or
 * documents) and any given pairs in; progress, and the prepared documents and alignment out.
 * Documents that came in already parsed are not sent back.
 */
import type { Alignment, TextDocument } from '@parallel-text/core';
import type { Notice, PrepareInput } from '../parallel-text/prepare.js';

export interface PrepareRequest {
  readonly id: number;
  readonly input: PrepareInput;
}

export type PrepareResponse =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | {
      readonly id: number;
      readonly type: 'done';
      readonly source: TextDocument | undefined;
      readonly target: TextDocument | undefined;
      readonly alignment: Alignment;
      readonly notices: readonly Notice[];
    }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
