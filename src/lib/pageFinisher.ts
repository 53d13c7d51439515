// Built pages are finished (src/lib/pageFinish.ts) in a thread of their own while Astro renders the next
// ones: on two cores, a 25,000-office build spends about a third of its page generation there. The thread
// runs src/lib/pageFinishWorker.ts, whose path the page-finishing integration puts in the environment (the
// middleware runs from Astro's bundle, far from the sources).
import { Worker } from 'node:worker_threads';

/** The environment variable that holds the worker's file. */
export const finishWorkerVariable = 'PAGE_FINISH_WORKER';

export interface FinishRequest {
  id: number;
  html: string;
  site: string | undefined;
}

export type FinishReply = { id: number; html: string } | { id: number; error: string };

interface Pending {
  resolve: (html: string) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

/** Every page waiting fails with `error` (the thread stopped), and the next page starts a new thread. */
function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = undefined;
}

function started(): Worker {
  if (worker) return worker;
  const file = process.env[finishWorkerVariable];
  if (!file) throw new Error(`${finishWorkerVariable} is not set: the page-finishing integration sets it`);
  const thread = new Worker(file);
  thread.on('message', (reply: FinishReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.html);
    // Idle, the thread must not keep the build's process alive once Astro is done.
    if (pending.size === 0) thread.unref();
  });
  thread.on('error', failAll);
  thread.on('exit', (code) => failAll(new Error(`the page-finishing thread stopped (exit code ${code})`)));
  worker = thread;
  return thread;
}

/** The built page `html`, finished in the page-finishing thread. */
export function finishBuiltPage(html: string, site: string | undefined): Promise<string> {
  const thread = started();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // While a page waits, the thread keeps the process alive: nothing else may (Astro awaits this page).
    thread.ref();
    thread.postMessage({ id, html, site } satisfies FinishRequest);
  });
}
