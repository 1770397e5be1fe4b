/**
 * Runs core's aligner in a module Worker with progress, so long documents never freeze the page.
 * When a worker cannot start (a bundler that drops the worker file, a strict CSP), it says so and
 * the caller aligns on the main thread instead. Cancelling terminates the worker.
 */
import type { Alignment, Pin, TextDocument } from '@parallel-text/core';
import type { AlignRequest, AlignResponse } from '../workers/align-protocol.js';

/** Thrown (as a rejection) when no worker could run the job; the caller falls back to the main thread. */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

let nextId = 1;

function startWorker(): Worker {
  // Kept as one literal expression so bundlers (Vite, webpack, esbuild) find and emit the worker.
  return new Worker(new URL('../workers/align-worker.js', import.meta.url), { type: 'module' });
}

export function alignInWorker(
  source: TextDocument,
  target: TextDocument,
  pins: readonly Pin[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<Alignment> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch (error) {
      reject(new WorkerUnavailableError(error instanceof Error ? error.message : String(error)));
      return;
    }
    const id = nextId++;
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException('Alignment cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<AlignResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else if (message.type === 'done') {
        finish();
        resolve(message.alignment);
      } else {
        finish();
        reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new WorkerUnavailableError(event.message || 'the alignment worker failed to start'));
    });
    const request: AlignRequest = { id, source, target, pins };
    worker.postMessage(request);
  });
}
