/**
 * From inputs to what the viewer shows: picks each side's input (property, then *-src URL, then
 * light DOM), fetches, then prepares (parses and aligns through core) — in a worker for long
 * texts — and reports each state. A newer run cancels an older one, so a stale result never
 * lands. Never throws: every failure becomes a state with a sentence for the reader.
 */
import type { Alignment, AlignmentPair, DictionaryEntry, DoubtfulPair, TextDocument } from '@parallel-text/core';
import { WorkerUnavailableError, prepareInWorker } from './align-client.js';
import { linkTransliterations } from './core-api.js';
import { fetchText } from './fetch-text.js';
import type { LightTexts } from './light-dom.js';
import { estimatedParagraphs, prepare, toNotices, type Notice, type PrepareInput, type Prepared, type SideSource } from './prepare.js';

export type { Notice } from './prepare.js';

export type SideInput = string | TextDocument | undefined;

export interface ViewerInputs {
  readonly source: SideInput;
  readonly target: SideInput;
  readonly sourceSrc: string | undefined;
  readonly targetSrc: string | undefined;
  readonly light: LightTexts;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly alignment: Alignment | readonly AlignmentPair[] | undefined;
  readonly glossary: readonly DictionaryEntry[];
}

export interface ViewerResult {
  readonly source: TextDocument;
  /** The target with each transliteration linked to the source word it renders. */
  readonly target: TextDocument;
  /** The target as parsed, kept so links can be redone after a person edits the pairs. */
  readonly parsedTarget: TextDocument;
  readonly pairs: readonly AlignmentPair[];
  readonly doubtful: readonly DoubtfulPair[];
  readonly notices: readonly Notice[];
}

export type ViewerState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | { readonly status: 'aligning'; readonly done: number; readonly total: number }
  | { readonly status: 'error'; readonly messages: readonly string[]; readonly notices?: readonly Notice[] }
  | { readonly status: 'ready'; readonly result: ViewerResult };

/** Above this many paragraphs (both sides together, estimated for unparsed text) the work moves to a worker. */
export const WORKER_THRESHOLD = 600;

type Resolved = { readonly kind: 'now'; readonly side: SideSource } | { readonly kind: 'fetch'; readonly url: string; readonly lang: string } | { readonly kind: 'none' };

const sideOf = (value: string | TextDocument, lang: string): SideSource => (typeof value === 'string' ? { text: value, lang } : { document: value });

function resolveSide(property: SideInput, src: string | undefined, light: LightTexts['source'], lang: string): Resolved {
  if (property !== undefined) return { kind: 'now', side: sideOf(property, lang) };
  if (src) return { kind: 'fetch', url: src, lang };
  if (light) return { kind: 'now', side: { text: light.text, lang: light.lang ?? lang } };
  return { kind: 'none' };
}

function finish(prepared: Prepared, extra: readonly Notice[]): ViewerResult {
  const { source, target, alignment } = prepared;
  return {
    source,
    target: linkTransliterations(target, source, alignment.pairs),
    parsedTarget: target,
    pairs: alignment.pairs,
    doubtful: alignment.doubtful,
    notices: [
      ...extra,
      ...toNotices('source', source.diagnostics),
      ...toNotices('target', target.diagnostics),
      ...toNotices('alignment', alignment.diagnostics),
      ...prepared.notices,
    ],
  };
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class ViewerPipeline {
  private controller: AbortController | undefined;
  private readonly report: (state: ViewerState) => void;

  /** `report` receives every state reached after `run` returned (fetches, worker progress, results). */
  constructor(report: (state: ViewerState) => void) {
    this.report = report;
  }

  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Starts a run and returns the state it reaches synchronously (a short direct input is ready at once). */
  run(inputs: ViewerInputs): ViewerState {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    const source = resolveSide(inputs.source, inputs.sourceSrc, inputs.light.source, inputs.sourceLang);
    const target = resolveSide(inputs.target, inputs.targetSrc, inputs.light.target, inputs.targetLang);
    if (source.kind === 'none' && target.kind === 'none') return { status: 'empty' };
    if (source.kind === 'now' && target.kind === 'now') {
      return this.start({ source: source.side, target: target.side, alignment: inputs.alignment, glossary: inputs.glossary }, [], controller.signal);
    }
    void this.fetchThenStart(source, target, inputs, controller.signal);
    return { status: 'loading' };
  }

  private async fetchThenStart(source: Resolved, target: Resolved, inputs: Pick<ViewerInputs, 'alignment' | 'glossary'>, signal: AbortSignal): Promise<void> {
    const warnings: Notice[] = [];
    const load = async (side: Resolved, where: 'source' | 'target'): Promise<SideSource | string | undefined> => {
      if (side.kind === 'none') return { text: '', lang: '' };
      if (side.kind === 'now') return side.side;
      const outcome = await fetchText(side.url, where === 'source' ? 'original text' : 'translation', signal);
      if (!outcome) return undefined;
      if (!outcome.ok) return outcome.message;
      if (outcome.warning) {
        warnings.push({ where, diagnostic: { severity: 'warning', code: 'encoding', message: outcome.warning, line: 0, column: 0 } });
      }
      return { text: outcome.text, lang: side.lang };
    };
    const [loadedSource, loadedTarget] = await Promise.all([load(source, 'source'), load(target, 'target')]);
    if (signal.aborted || !loadedSource || !loadedTarget) return;
    if (typeof loadedSource === 'string' || typeof loadedTarget === 'string') {
      this.report({ status: 'error', messages: [loadedSource, loadedTarget].filter((value): value is string => typeof value === 'string') });
      return;
    }
    this.report(this.start({ source: loadedSource, target: loadedTarget, alignment: inputs.alignment, glossary: inputs.glossary }, warnings, signal));
  }

  /** Prepares here when the texts are short, in the worker when they are long. */
  private start(input: PrepareInput, warnings: readonly Notice[], signal: AbortSignal): ViewerState {
    if (estimatedParagraphs(input.source) + estimatedParagraphs(input.target) <= WORKER_THRESHOLD) return this.prepareHere(input, warnings);
    void this.prepareInBackground(input, warnings, signal);
    return { status: 'aligning', done: 0, total: 1 };
  }

  private prepareHere(input: PrepareInput, warnings: readonly Notice[]): ViewerState {
    try {
      return { status: 'ready', result: finish(prepare(input), warnings) };
    } catch (error) {
      return { status: 'error', messages: [message(error)], notices: warnings };
    }
  }

  private async prepareInBackground(input: PrepareInput, warnings: readonly Notice[], signal: AbortSignal): Promise<void> {
    try {
      const onProgress = (done: number, total: number) => {
        if (!signal.aborted) this.report({ status: 'aligning', done, total });
      };
      const prepared = await prepareInWorker(input, onProgress, signal);
      if (!signal.aborted) this.report({ status: 'ready', result: finish(prepared, warnings) });
    } catch (error) {
      if (signal.aborted) return;
      this.report(error instanceof WorkerUnavailableError ? this.prepareHere(input, warnings) : { status: 'error', messages: [message(error)], notices: warnings });
    }
  }
}
