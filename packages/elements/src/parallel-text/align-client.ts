/**
 * Runs `prepare` (parse and align, through core) in a module Worker with progress, so long
 * documents never freeze the page. When a worker cannot start (a bundler that drops the worker
 * file, a strict CSP), it says so and the caller prepares on the main thread instead.
 * Cancelling terminates the worker.
 */
import type { PrepareRequest, PrepareResponse } from '../workers/align-protocol.js';
import type { PrepareInput, Prepared } from './prepare.js';

/** The rejection when no worker could run the job; the caller falls back to the main thread. */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

let nextId = 1;

function startWorker(): Worker {
  // Kept as one literal expression so bundlers (Vite, webpack, esbuild) find and emit the worker.
  return new Worker(new URL('../workers/align-worker.js', import.meta.url), { type: 'module' });
}

export function prepareInWorker(input: PrepareInput, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<Prepared> {
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
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<PrepareResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') {
        onProgress(message.done, message.total);
        return;
      }
      finish();
      if (message.type === 'error') {
        reject(new Error(message.message));
        return;
      }
      // Documents that went in parsed were not sent back: take them from the input.
      const source = message.source ?? ('document' in input.source ? input.source.document : undefined);
      const target = message.target ?? ('document' in input.target ? input.target.document : undefined);
      if (!source || !target) {
        reject(new Error('the worker answered without the documents'));
        return;
      }
      resolve({ source, target, alignment: message.alignment, notices: message.notices });
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new WorkerUnavailableError(event.message || 'the worker failed to start'));
    });
    const request: PrepareRequest = { id, input };
    worker.postMessage(request);
  });
}
