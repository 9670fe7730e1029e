// The read-only SPARQL endpoint's engine: embedded Oxigraph in a worker thread, so that a query can be timed out.
import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse } from './sparql-worker.js';

const WORKER_FILE = new URL('./sparql-worker.js', import.meta.url);

/** Runs SPARQL queries over one graph (N-Triples text) with a time limit; queries run one at a time. */
export class SparqlEngine {
  private worker?: Worker;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly ntriples: string, readonly timeoutMs: number) {}

  /** Runs one query; a query over the time limit is stopped (the worker is replaced) and answers 503. */
  query(request: WorkerRequest): Promise<WorkerResponse> {
    const result = this.queue.then(() => this.run(request));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private run(request: WorkerRequest): Promise<WorkerResponse> {
    const worker = (this.worker ??= new Worker(WORKER_FILE, { workerData: { ntriples: this.ntriples } }));
    return new Promise((resolve) => {
      const done = (response: WorkerResponse) => {
        clearTimeout(timer);
        worker.off('message', done);
        worker.off('error', failed);
        resolve(response);
      };
      const failed = (error: Error) => {
        this.worker = undefined;
        done({ status: 500, message: `the query engine failed: ${error.message}` });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        done({ status: 503, message: `the query ran over the time limit of ${this.timeoutMs} ms and was stopped` });
      }, this.timeoutMs);
      worker.on('message', done);
      worker.on('error', failed);
      worker.postMessage(request);
    });
  }
}
