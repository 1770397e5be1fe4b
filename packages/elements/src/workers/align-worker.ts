/**
 * The alignment worker: runs core's `align` off the main thread so a long document never freezes
 * the page, and reports progress at most every 50 ms. It only calls core; it holds no logic.
 */
import { alignDocuments } from '../parallel-text/core-api.js';
import type { AlignRequest, AlignResponse } from './align-protocol.js';

/** The part of DedicatedWorkerGlobalScope this worker uses (the package compiles against the DOM lib). */
interface WorkerScope {
  postMessage(message: AlignResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AlignRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const PROGRESS_INTERVAL_MS = 50;

scope.addEventListener('message', (event) => {
  const { id, source, target, pins } = event.data;
  let last = 0;
  try {
    const alignment = alignDocuments(source, target, {
      pins,
      onProgress: (done: number, total: number) => {
        const now = performance.now();
        if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
        last = now;
        scope.postMessage({ id, type: 'progress', done, total });
      },
    });
    scope.postMessage({ id, type: 'done', alignment });
  } catch (error) {
    // align never throws by contract; if it ever does, the viewer must still hear about it.
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
