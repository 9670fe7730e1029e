// Runs the per-article passes on worker threads (or in this thread for one job), a bounded number of
// articles ahead, and hands the results back strictly in build order: parallel output = serial output.
import os from 'node:os';
import v8 from 'node:v8';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DatasetCore } from '@rdfjs/types';
import { loadShapes } from '../validate/shapes.js';
import { Uint32Map } from './uint32-map.js';
import { addHintPairs, hintPairs, type MintClaim, type OwnerHints } from '../map/iri.js';
import { processArticle, type ArticleJob, type ArticleOutcome, type ArticleSettings } from './article.js';
import { processShared, type SharedBatch, type SharedOutput } from './shared-batch.js';

/** A task for a thread: an article (with the keys that lose their slug, once a claim table said so) or a batch of shared entities. */
export type Task =
  | { pass: 'article'; job: ArticleJob; suffixed?: string[] }
  | { pass: 'shared'; batch: SharedBatch };

/** What a worker thread is sent: a task, and the slug owners settled since its last one (hint pairs). */
export interface TaskMessage {
  task: Task;
  owners: number[];
}

/** What the worker threads start from. */
export interface PoolSettings {
  article: ArticleSettings;
  /** Shapes folder or file (default the shipped shapes). */
  shapes?: string;
  /** Old-generation heap of each worker, in MiB (default {@link WORKER_HEAP_MB}). */
  workerHeapMb?: number;
}

/** Articles per thread when the user did not say how many threads (see {@link defaultJobs}). */
export const ARTICLES_PER_THREAD = 250;

/**
 * How many threads to use for `articles` articles when the user did not say: one per 250 articles, at
 * most one per core (below a few hundred articles, starting workers costs more than they save).
 */
export function defaultJobs(articles: number): number {
  return Math.max(1, Math.min(os.availableParallelism(), Math.ceil(articles / ARTICLES_PER_THREAD)));
}

/**
 * Old-generation heap of a worker thread, in MiB. A worker holds one article (or one batch of shared
 * entities) at a time (about 35 MiB live); a small heap makes V8 collect early instead of letting each thread's heap grow to hundreds
 * of MiB. An article too big for it is run again in the main thread.
 */
export const WORKER_HEAP_MB = 128;


/** Runs tasks on `jobs` threads (1: in this thread). */
export class ArticlePool {
  private mainShapes?: Promise<DatasetCore>;
  /** Tasks run again in this thread because a worker ran out of heap on them. */
  fallbacks = 0;

  private constructor(private readonly settings: PoolSettings, private readonly workers: Worker[]) {}

  /** Starts the threads (none for one job). */
  static async start(jobs: number, settings: PoolSettings): Promise<ArticlePool> {
    const pool = new ArticlePool(settings, []);
    for (let i = 0; jobs > 1 && i < jobs; i++) pool.workers.push(pool.spawn());
    if (jobs <= 1) await pool.shapesHere();
    return pool;
  }

  /**
   * Runs the tasks (taken from `tasks` only as room frees up), at most `aheadPerThread` per thread
   * beyond the one being consumed, and calls `consume` with each result in task order (awaited, so a
   * slow consumer holds the pool back).
   */
  async run<T extends TaskResult>(
    tasks: Iterable<Task>, consume: (result: T, index: number) => Promise<void> | void, aheadPerThread = 4,
  ): Promise<void> {
    const ahead = aheadPerThread * this.workers.length;
    const pending: Promise<T>[] = [];
    const source = tasks[Symbol.iterator]();
    const fill = () => {
      while (pending.length <= ahead) {
        const next = source.next();
        if (next.done) return;
        const result = this.execute(next.value) as Promise<T>;
        result.catch(() => undefined); // awaited in turn below; not an unhandled rejection meanwhile
        pending.push(result);
      }
    };
    for (let index = 0; ; index++) {
      fill();
      const result = pending.shift();
      if (!result) return;
      await consume(await result, index);
    }
  }

  /**
   * Tells every thread of slug owners the claim table settled, before their next task: an article
   * mapped after that takes its slugs' suffixes from them and is seldom sent back.
   */
  tell(owners: readonly MintClaim[]): void {
    if (owners.length === 0) return;
    const pairs = hintPairs(owners);
    if (this.workers.length === 0) addHintPairs(this.ownersHere, pairs);
    for (const worker of this.workers) {
      const outbox = this.outboxes.get(worker);
      if (outbox) outbox.push(...pairs);
      else this.outboxes.set(worker, pairs.slice());
    }
  }

  /** Runs one more task at once, beside those of a run (an article the claim table sent back). */
  runOne<T extends TaskResult>(task: Task): Promise<T> {
    return this.execute(task) as Promise<T>;
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private readonly idle: Worker[] = [];
  /** The slug owners this thread knows of, when the tasks run here (a worker's fallback goes without). */
  private readonly ownersHere = new Uint32Map();
  /** The slug owners each worker has yet to be sent, as hint pairs. */
  private readonly outboxes = new Map<Worker, number[]>();
  private readonly queue: { task: Task; resolve(value: unknown): void; reject(error: Error): void }[] = [];
  /** The workers with a task in flight (a worker that dies with none is retired, not replaced). */
  private readonly busy = new Set<Worker>();
  private started = false;

  /** The shapes, loaded in this thread (for one job, or for a task too big for a worker). */
  private shapesHere(): Promise<DatasetCore> {
    return (this.mainShapes ??= loadShapes(this.settings.shapes));
  }

  private async runHere(task: Task): Promise<TaskResult> {
    return runTask(task, this.settings.article, await this.shapesHere(), this.ownersHere);
  }

  private execute(task: Task): Promise<TaskResult> {
    if (this.workers.length === 0) return this.runHere(task);
    if (!this.started) {
      this.idle.push(...this.workers);
      this.started = true;
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  /** A new worker; one that dies with no task in flight (out of heap as it starts, say) is retired. */
  private spawn(): Worker {
    const worker = startWorker(this.settings);
    worker.on('error', () => {
      if (!this.busy.has(worker)) this.retire(worker);
    });
    return worker;
  }

  /** Takes a dead worker out of the pool; with none left, the queued tasks run in this thread. */
  private retire(worker: Worker): void {
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
    const idle = this.idle.indexOf(worker);
    if (idle >= 0) this.idle.splice(idle, 1);
    this.outboxes.delete(worker);
    if (this.workers.length > 0) return;
    for (const { task, resolve, reject } of this.queue.splice(0)) {
      this.fallbacks++;
      this.runHere(task).then(resolve, reject);
    }
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift()!;
      const { task, resolve, reject } = this.queue.shift()!;
      this.busy.add(worker);
      const onMessage = (reply: { result?: unknown; error?: { message: string; stack?: string } }) => {
        worker.off('error', onError);
        this.busy.delete(worker);
        this.idle.push(worker);
        this.dispatch();
        if (reply.error) reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
        else resolve(reply.result);
      };
      const onError = (error: Error & { code?: string }) => {
        worker.off('message', onMessage);
        this.busy.delete(worker);
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return reject(error);
        const fresh = this.spawn();
        this.workers[this.workers.indexOf(worker)] = fresh;
        this.outboxes.delete(worker); // the fresh worker starts without hints: its articles are only sent back more often
        this.idle.push(fresh);
        this.dispatch();
        this.fallbacks++;
        this.runHere(task).then(resolve, reject);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      const message: TaskMessage = { task, owners: this.outboxes.get(worker) ?? [] };
      this.outboxes.delete(worker);
      worker.postMessage(message);
    }
  }
}

function startWorker(settings: PoolSettings): Worker {
  const maxOldGenerationSizeMb = settings.workerHeapMb ?? WORKER_HEAP_MB;
  // A process started with --max-old-space-size gives that heap to every thread, over a worker's own
  // resourceLimits (a 12 GiB flag let each worker grow past 300 MiB): the flag is read only when a thread's
  // heap is made (this thread's is made already), so clearing it gives each worker its cap.
  v8.setFlagsFromString('--max-old-space-size=0');
  return new Worker(workerScript(), { workerData: settings, resourceLimits: { maxOldGenerationSizeMb } });
}

/** Runs one task in the calling thread (`owners`: the slug owners this thread knows of). */
export function runTask(task: Task, settings: ArticleSettings, shapes: DatasetCore, owners: OwnerHints): Promise<TaskResult> {
  if (task.pass === 'shared') return processShared(task.batch, settings, shapes);
  return processArticle(task.job, task.suffixed, settings, shapes, owners);
}

/** What a task gives back. */
export type TaskResult = ArticleOutcome | SharedOutput;

/** The compiled worker script; when running from sources (tests), the one `npm run build` compiled. */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../dist/pipeline/worker.js', import.meta.url);
}
