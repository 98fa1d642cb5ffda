// server/data/phrases.json: the formulations of the registers drafts write in and quote, as the set
// of 8-character windows (punctuation-free, numerals folded: 党的十九大精神 = 党的二十大精神) that recur
// in at least MIN_DOCUMENTS independent documents of the tune part (whole reports, provincial
// reports, laws, single news items). A phrase all of whose windows are in the set is said word for
// word across documents: a formulation (of reports: 坚持以人民为中心的发展思想; of laws: 本法另有规定的，
// 依照其规定), which repeated-phrase spares as a habit and as a sentence said again. Stored as sorted
// 32-bit FNV-1a hashes, base64.

import { corpusDocuments, Kind } from '../corpus';
import { hanRuns, normaliseRun, windowHashes } from '../../server/src/core/lib/formulations';

/** The registers read: all but the tagged corpus (one newspaper month, cut into lines). */
const KINDS: Kind[] = ['report', 'provincial', 'law', 'news'];
/** Independent documents a window must recur in to be a formulation's. */
export const MIN_DOCUMENTS = 6;
const SKETCH_BITS = 26;

function documentWindows(text: string): Set<number> {
  const seen = new Set<number>();
  for (const run of hanRuns(text)) for (const h of windowHashes(normaliseRun(run))) seen.add(h);
  return seen;
}

export function build(): unknown {
  // Pass 1: a count sketch (collisions only add), so pass 2 counts exactly only the candidates.
  const sketch = new Uint16Array(1 << SKETCH_BITS);
  const shift = 32 - SKETCH_BITS;
  for (const doc of corpusDocuments('tune', KINDS)) {
    for (const h of documentWindows(doc.text)) {
      const b = h >>> shift;
      if (sketch[b] < 65535) sketch[b]++;
    }
  }
  const exact = new Map<number, number>();
  for (const doc of corpusDocuments('tune', KINDS)) {
    for (const h of documentWindows(doc.text))
      if (sketch[h >>> shift] >= MIN_DOCUMENTS) exact.set(h, (exact.get(h) ?? 0) + 1);
  }
  const kept = new Uint32Array([...exact].filter(([, n]) => n >= MIN_DOCUMENTS).map(([h]) => h));
  kept.sort();
  const bytes = Buffer.alloc(kept.length * 4);
  kept.forEach((h, i) => bytes.writeUInt32BE(h, i * 4));
  return { window: 8, minDocuments: MIN_DOCUMENTS, count: kept.length, hashes: bytes.toString('base64') };
}
