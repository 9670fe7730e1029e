// A worker thread of the article pool: loads the shapes once, then runs each task it is sent (with the
// slug owners it has been told of); the dump pieces go back as transferred buffers, not copies.
import { parentPort, workerData } from 'node:worker_threads';
import { addHintPairs } from '../map/iri.js';
import { loadShapes } from '../validate/shapes.js';
import { Uint32Map } from './uint32-map.js';
import { runTask, type PoolSettings, type TaskMessage, type TaskResult } from './pool.js';

const settings = workerData as PoolSettings;
const shapes = loadShapes(settings.shapes);
const owners = new Uint32Map();

parentPort!.on('message', ({ task, owners: told }: TaskMessage) => {
  addHintPairs(owners, told);
  shapes
    .then((loaded) => runTask(task, settings.article, loaded, owners))
    .then(
      (result) => parentPort!.postMessage({ result }, transferables(result)),
      (error: Error) => parentPort!.postMessage({ error: { message: error.message, stack: error.stack } }),
    );
});

function transferables(result: TaskResult): ArrayBuffer[] {
  if (!('pieces' in result)) return [];
  const buffers = new Set<ArrayBuffer>([result.stats.sharedObjects.buffer as ArrayBuffer]);
  for (const piece of result.pieces) {
    if (piece) buffers.add((piece instanceof Uint8Array ? piece : piece.deflated).buffer as ArrayBuffer);
  }
  return [...buffers];
}
