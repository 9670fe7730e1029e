// The read-only SPARQL endpoint's engine: embedded Oxigraph in a worker thread, so that a query can be
// timed out; the worker is started ahead, replaced at once when it dies, overruns or reports a fatal
// error, and the queue of waiting queries is bounded.
import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse } from './sparql-worker.js';

const WORKER_FILE = new URL('./sparql-worker.js', import.meta.url);

/** Queries waiting (besides the one running) before more are refused with 503. */
export const MAX_QUEUED_QUERIES = 8;

/**
 * A worker that has answered a body longer than this (characters) is replaced after answering: the
 * WebAssembly memory Oxigraph grew to build it never shrinks, and only ending the worker returns it.
 */
export const RECYCLE_AFTER_CHARS = 16 << 20;

/** Longest result answered (characters); a longer one is refused with 500 and its worker replaced. */
export const MAX_RESULT_CHARS = 256 << 20;

/** Memory bounds of the engine (tests set small ones). */
export interface EngineBounds {
  recycleAfterChars: number;
  maxResultChars: number;
}

/** An engine answer, or a refusal because the queue is full. */
export type EngineResponse = WorkerResponse | { status: 503; message: string; retryAfter: number };

/** A worker with its store loaded (`ready` resolves when the load is done). */
interface LoadedWorker {
  worker: Worker;
  ready: Promise<void>;
}

/** Runs SPARQL queries over one graph (N-Triples text) with a time limit; queries run one at a time. */
export class SparqlEngine {
  private current?: LoadedWorker;
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private closed = false;

  /** Workers started so far (the first included): each replacement adds one. */
  workersStarted = 0;

  private readonly bounds: EngineBounds;

  constructor(private readonly ntriples: string, readonly timeoutMs: number, bounds: Partial<EngineBounds> = {}) {
    this.bounds = { recycleAfterChars: RECYCLE_AFTER_CHARS, maxResultChars: MAX_RESULT_CHARS, ...bounds };
    this.current = this.spawn();
  }

  /**
   * Runs one query; the time limit counts the query only (not the store's load). A query over it is
   * stopped (the worker replaced) and answers 503; with the queue full the answer is 503 at once.
   */
  query(request: WorkerRequest): Promise<EngineResponse> {
    if (this.waiting >= MAX_QUEUED_QUERIES + 1) {
      return Promise.resolve({ status: 503, message: `${MAX_QUEUED_QUERIES} queries are waiting; try again shortly`, retryAfter: 1 });
    }
    this.waiting++;
    const result = this.queue.then(() => this.run(request)).finally(() => this.waiting--);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    this.closed = true;
    await this.current?.worker.terminate();
    this.current = undefined;
  }

  private spawn(): LoadedWorker {
    const worker = new Worker(WORKER_FILE, { workerData: { ntriples: this.ntriples, maxResultChars: this.bounds.maxResultChars } });
    this.workersStarted++;
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    ready.catch(() => undefined);
    const loaded = { worker, ready };
    worker.once('exit', () => {
      if (this.current === loaded && !this.closed) this.current = this.spawn(); // died: replaced at once
    });
    return loaded;
  }

  /** Drops the current worker and starts the next one now, so its load overlaps the wait. */
  private replace(loaded: LoadedWorker): void {
    if (this.current === loaded) this.current = this.closed ? undefined : this.spawn();
    void loaded.worker.terminate();
  }

  private async run(request: WorkerRequest): Promise<WorkerResponse> {
    const loaded = (this.current ??= this.spawn());
    try {
      await loaded.ready;
    } catch (error) {
      this.replace(loaded);
      return { status: 500, message: `the query engine failed to load the data: ${(error as Error).message}` };
    }
    const { worker } = loaded;
    return new Promise((resolve) => {
      const done = (response: WorkerResponse) => {
        clearTimeout(timer);
        worker.off('message', answered);
        worker.off('error', failed);
        worker.off('exit', exited);
        resolve(response);
      };
      const answered = (response: WorkerResponse & { fatal?: boolean }) => {
        if (response.fatal) this.replace(loaded); // the store's memory may be corrupt or grown past a bound: never reused
        else if ('body' in response && response.body.length > this.bounds.recycleAfterChars) this.replace(loaded); // its memory back
        const { fatal, ...rest } = response;
        void fatal;
        done(rest);
      };
      const failed = (error: Error) => {
        this.replace(loaded);
        done({ status: 500, message: `the query engine failed: ${error.message}` });
      };
      const exited = () => done({ status: 500, message: 'the query engine stopped; it has been restarted' });
      const timer = setTimeout(() => {
        this.replace(loaded);
        done({ status: 503, message: `the query ran over the time limit of ${this.timeoutMs} ms and was stopped` });
      }, this.timeoutMs);
      worker.on('message', answered);
      worker.on('error', failed);
      worker.on('exit', exited);
      worker.postMessage(request);
    });
  }
}
