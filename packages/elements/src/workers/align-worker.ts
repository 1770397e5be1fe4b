/**
 * The viewer's worker: parses long texts and aligns them off the main thread, so a long document
 * never freezes the page, reporting progress at most every 50 ms. It holds no logic: `prepare`
 * calls core.
 */
import { prepare } from '../parallel-text/prepare.js';
import type { PrepareRequest, PrepareResponse } from './align-protocol.js';

/** The part of DedicatedWorkerGlobalScope this worker uses (the package compiles against the DOM lib). */
interface WorkerScope {
  postMessage(message: PrepareResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PrepareRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const PROGRESS_INTERVAL_MS = 50;

scope.addEventListener('message', (event) => {
  const { id, input } = event.data;
  let last = 0;
  try {
    const prepared = prepare(input, (done, total) => {
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
      last = now;
      scope.postMessage({ id, type: 'progress', done, total });
    });
    scope.postMessage({
      id,
      type: 'done',
      source: 'document' in input.source ? undefined : prepared.source,
      target: 'document' in input.target ? undefined : prepared.target,
      alignment: prepared.alignment,
      notices: prepared.notices,
    });
  } catch (error) {
    // Core never throws by contract; if it ever does, the viewer must still hear about it.
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
