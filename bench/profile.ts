// Where the rules spend their time: runs each rule (or those named) over a segmented text
// under the V8 CPU profiler and prints the functions with the most self time. First analyses:
// the rules' per-paragraph memos are off. Runs bundled (see index.ts), so line numbers are dist/bench.js's.
//   npm run bench -- profile [chars] [rule-id...]

import { Session } from 'inspector';
import { analyze, parseReport, RULES } from '../server/src/core';
import { createInProcessSegmenter } from '../server/src/host/segmenter';
import { corpusTables } from '../server/src/host/tables';
import { allRulesOn } from './analysis';
import { measureText } from './corpus';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))),
  );
}

/** Top self-time functions while `f` runs `repeat` times. */
export async function profile(f: () => void, repeat: number, top = 12): Promise<string[]> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  for (let i = 0; i < repeat; i++) f();
  const { profile } = await post<{ profile: { nodes: ProfileNode[]; samples: number[] } }>(session, 'Profiler.stop');
  session.disconnect();
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const id of profile.samples) {
    const n = byId.get(id)!;
    const where = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + 1);
  }
  const total = profile.samples.length;
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

/** Profiles each rule (or those named) on `chars` characters of the samples; returns report lines. */
export async function profileRules(chars = 60_000, ids: string[] = []): Promise<string[]> {
  const text = measureText(chars).text;
  const model = parseReport(text, { segmenter: createInProcessSegmenter() });
  const options = allRulesOn();
  const out: string[] = [];
  for (const rule of RULES.filter((r) => ids.length === 0 || ids.includes(r.id))) {
    analyze(model, options, { rules: [rule], tables: corpusTables() }); // warm up
    const t0 = performance.now();
    analyze(model, options, { rules: [rule], tables: corpusTables() });
    const once = performance.now() - t0;
    if (once < 5 && ids.length === 0) continue;
    out.push(`${rule.id}: ${once.toFixed(1)} ms on ${text.length} chars`);
    out.push(
      ...(await profile(
        () => analyze(model, options, { rules: [rule], tables: corpusTables() }),
        Math.max(3, Math.ceil(300 / Math.max(once, 1))),
      )),
    );
  }
  return out;
}
