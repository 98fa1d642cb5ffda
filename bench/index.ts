// `npm run bench`: speed figures for issue 8 (not timed tests). Builds dist/ first (the script does).
// Sections: whole analysis vs raw nodejieba.cut; editing latency and start-up through a spawned
// server; the autocorrect-node peer. Bounded to a few minutes on 2 cores.
//   npm run bench [-- analysis|editing|start|peer ...]

import { benchAnalysis } from './analysis';
import { benchEditing, benchStart } from './editing';
import { benchPeer } from './peer';

const SECTIONS: Record<string, () => Promise<string[]> | string[]> = {
  analysis: () => benchAnalysis().lines,
  start: () => benchStart(),
  editing: () => benchEditing(200),
  peer: () => benchPeer(),
};

void (async () => {
  const asked = process.argv.slice(2);
  const names = asked.length ? asked : Object.keys(SECTIONS);
  const t0 = performance.now();
  for (const name of names) {
    const section = SECTIONS[name];
    if (!section) throw new Error(`unknown section ${name}; one of ${Object.keys(SECTIONS).join(', ')}`);
    console.log(`\n== ${name}`);
    console.log((await section()).join('\n'));
  }
  console.log(`\nbench took ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  process.exit(0);
})();
