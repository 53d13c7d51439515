// The thread that finishes built pages (src/lib/pageFinish.ts) beside the one Astro renders them in: the
// build's second core. Started by src/lib/pageFinisher.ts; plain TypeScript that Node runs as it is.
import { parentPort } from 'node:worker_threads';
import { finishPage } from './pageFinish.ts';
import type { FinishReply, FinishRequest } from './pageFinisher.ts';

const knownStyles = new Map<string, string>();

parentPort?.on('message', ({ id, html, site }: FinishRequest) => {
  let reply: FinishReply;
  try {
    reply = { id, html: finishPage(html, { site, built: true }, knownStyles) };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
