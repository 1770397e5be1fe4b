/**
 * From inputs to what the viewer shows: picks each side's input (property, then *-src URL, then
 * light DOM), fetches, parses and aligns through core — off the main thread for long texts —
 * and reports each state. A newer run cancels an older one, so a stale result never lands.
 * Never throws: every failure becomes a state with a sentence for the reader.
 */
import { validateAlignment, type Alignment, type AlignmentPair, type Diagnostic, type DoubtfulPair, type TextDocument } from '@parallel-text/core';
import { WorkerUnavailableError, alignInWorker } from './align-client.js';
import { alignDocuments, linkTransliterations, parseText } from './core-api.js';
import { fetchText } from './fetch-text.js';
import type { LightTexts } from './light-dom.js';

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
}

/** A problem worth telling the reader, with the text it belongs to. */
export interface Notice {
  readonly where: 'source' | 'target' | 'alignment';
  readonly diagnostic: Diagnostic;
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

/** Above this many paragraphs (both sides together) the aligner runs in a worker. */
export const WORKER_THRESHOLD = 600;

type Resolved = { readonly kind: 'now'; readonly value: string | TextDocument; readonly lang: string } | { readonly kind: 'fetch'; readonly url: string; readonly lang: string } | { readonly kind: 'none' };

function resolveSide(property: SideInput, src: string | undefined, light: LightTexts['source'], lang: string): Resolved {
  if (property !== undefined) return { kind: 'now', value: property, lang };
  if (src) return { kind: 'fetch', url: src, lang };
  if (light) return { kind: 'now', value: light.text, lang: light.lang ?? lang };
  return { kind: 'none' };
}

const asDocument = (value: string | TextDocument, lang: string): TextDocument => (typeof value === 'string' ? parseText(value, lang) : value);

const toNotices = (where: Notice['where'], diagnostics: readonly Diagnostic[]): Notice[] => diagnostics.map((diagnostic) => ({ where, diagnostic }));

function finish(source: TextDocument, target: TextDocument, alignment: Alignment, extra: readonly Notice[]): ViewerResult {
  return {
    source,
    target: linkTransliterations(target, source, alignment.pairs),
    parsedTarget: target,
    pairs: alignment.pairs,
    doubtful: alignment.doubtful,
    notices: [...toNotices('source', source.diagnostics), ...toNotices('target', target.diagnostics), ...toNotices('alignment', alignment.diagnostics), ...extra],
  };
}

/** The given alignment when it fits the documents; otherwise the diagnostics saying why not. */
function givenAlignment(given: ViewerInputs['alignment'], source: TextDocument, target: TextDocument): { alignment?: Alignment; notices: Notice[] } {
  if (given === undefined) return { notices: [] };
  const alignment: Alignment = Array.isArray(given)
    ? { pairs: given as readonly AlignmentPair[], doubtful: [], diagnostics: [] }
    : (given as Alignment);
  const problems = validateAlignment(alignment.pairs, source.paragraphs.length, target.paragraphs.length);
  const notices = toNotices('alignment', problems);
  return problems.some((problem) => problem.severity === 'error') ? { notices } : { alignment, notices };
}

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

  /** Starts a run and returns the state it reaches synchronously (a small direct input is ready at once). */
  run(inputs: ViewerInputs): ViewerState {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    const source = resolveSide(inputs.source, inputs.sourceSrc, inputs.light.source, inputs.sourceLang);
    const target = resolveSide(inputs.target, inputs.targetSrc, inputs.light.target, inputs.targetLang);
    if (source.kind === 'none' && target.kind === 'none') return { status: 'empty' };
    if (source.kind === 'now' && target.kind === 'now') return this.fromValues(source, target, inputs, controller.signal);
    void this.fetchThenContinue(source, target, inputs, controller.signal);
    return { status: 'loading' };
  }

  private async fetchThenContinue(source: Resolved, target: Resolved, inputs: ViewerInputs, signal: AbortSignal): Promise<void> {
    const warnings: Notice[] = [];
    const load = async (side: Resolved, where: 'source' | 'target'): Promise<Resolved | string | undefined> => {
      if (side.kind !== 'fetch') return side.kind === 'none' ? { kind: 'now', value: '', lang: '' } : side;
      const outcome = await fetchText(side.url, where === 'source' ? 'original text' : 'translation', signal);
      if (!outcome) return undefined;
      if (!outcome.ok) return outcome.message;
      if (outcome.warning) {
        warnings.push({ where, diagnostic: { severity: 'warning', code: 'encoding', message: outcome.warning, line: 0, column: 0 } });
      }
      return { kind: 'now', value: outcome.text, lang: side.lang };
    };
    const [loadedSource, loadedTarget] = await Promise.all([load(source, 'source'), load(target, 'target')]);
    if (signal.aborted || !loadedSource || !loadedTarget) return;
    const messages = [loadedSource, loadedTarget].filter((value): value is string => typeof value === 'string');
    if (messages.length > 0) {
      this.report({ status: 'error', messages });
      return;
    }
    this.report(this.fromValues(loadedSource as Resolved, loadedTarget as Resolved, inputs, signal, warnings));
  }

  private fromValues(source: Resolved, target: Resolved, inputs: ViewerInputs, signal: AbortSignal, warnings: readonly Notice[] = []): ViewerState {
    if (source.kind !== 'now' || target.kind !== 'now') return { status: 'empty' };
    let sourceDocument: TextDocument;
    let targetDocument: TextDocument;
    try {
      sourceDocument = asDocument(source.value, source.lang || inputs.sourceLang);
      targetDocument = asDocument(target.value, target.lang || inputs.targetLang);
    } catch (error) {
      return { status: 'error', messages: [error instanceof Error ? error.message : String(error)] };
    }
    const given = givenAlignment(inputs.alignment, sourceDocument, targetDocument);
    const notices = [...warnings, ...given.notices];
    if (given.alignment) return { status: 'ready', result: finish(sourceDocument, targetDocument, given.alignment, notices) };
    const size = sourceDocument.paragraphs.length + targetDocument.paragraphs.length;
    if (size <= WORKER_THRESHOLD) return this.alignHere(sourceDocument, targetDocument, notices);
    void this.alignInBackground(sourceDocument, targetDocument, notices, signal);
    return { status: 'aligning', done: 0, total: 1 };
  }

  private alignHere(source: TextDocument, target: TextDocument, notices: readonly Notice[]): ViewerState {
    try {
      return { status: 'ready', result: finish(source, target, alignDocuments(source, target, { pins: [] }), notices) };
    } catch (error) {
      return { status: 'error', messages: [error instanceof Error ? error.message : String(error)], notices };
    }
  }

  private async alignInBackground(source: TextDocument, target: TextDocument, notices: readonly Notice[], signal: AbortSignal): Promise<void> {
    try {
      const alignment = await alignInWorker(source, target, [], (done, total) => {
        if (!signal.aborted) this.report({ status: 'aligning', done, total });
      }, signal);
      if (!signal.aborted) this.report({ status: 'ready', result: finish(source, target, alignment, notices) });
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof WorkerUnavailableError) {
        this.report(this.alignHere(source, target, notices));
        return;
      }
      this.report({ status: 'error', messages: [error instanceof Error ? error.message : String(error)], notices });
    }
  }
}
