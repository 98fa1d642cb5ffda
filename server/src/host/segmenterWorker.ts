// Worker thread entry: loads nodejieba once and segments paragraphs on request.

import { parentPort, workerData } from 'worker_threads';
import { loadJieba } from './segmenter';

let jieba: ReturnType<typeof loadJieba> | undefined;
let loadError: string | undefined;

parentPort?.on('message', (m: { id: number; texts: string[] }) => {
  if (!jieba && !loadError) {
    try {
      jieba = loadJieba((workerData?.extraDicts as string[]) ?? []);
    } catch (e) {
      loadError = e instanceof Error ? e.message : String(e);
    }
  }
  if (!jieba) {
    parentPort!.postMessage({ id: m.id, error: loadError });
    return;
  }
  const j = jieba;
  parentPort!.postMessage({ id: m.id, tokens: m.texts.map((t) => j.tag(t)) });
});
