// The slot table's packed counts (lib/slots/packed.ts): what is packed reads back (within the
// quantisation), an unseen key reads as unseen, and the committed table is one compact buffer.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import {
  BYTES_PER_KEY,
  dequantise,
  keyCheck,
  keyHash,
  packCounts,
  PackedCounts,
  quantise,
} from '../../server/src/core/lib/slots/packed';
import { readTables } from '../../server/src/host/tables';

test('slot counts: packed counts read back within 5 %, unseen keys read as unseen', () => {
  const keys: Array<[string, number, number]> = [
    ['u次', 1200, 300],
    ['w调研|次', 0, 17],
    ['a𠮷|人', 3, 0],
    ['h提拔干部|*人', 65_000, 1],
  ];
  const packed = new PackedCounts(
    packCounts(keys.map(([k, bare, gap]) => ({ hash: keyHash(k), check: keyCheck(k), bare, gap }))),
  );
  assert.equal(packed.size, keys.length);
  assert.equal(packed.byteLength, keys.length * BYTES_PER_KEY);
  for (const [k, bare, gap] of keys) {
    const [b, g] = packed.counts(k)!;
    assert.ok(Math.abs(b - bare) <= Math.max(0.01, bare * 0.05), `${k}: bare ${b} for ${bare}`);
    assert.ok(Math.abs(g - gap) <= Math.max(0.01, gap * 0.05), `${k}: gap ${g} for ${gap}`);
  }
  for (const k of ['u件', 'w调研|件', '', 'a𠮷|次']) assert.equal(packed.counts(k), undefined, k);
  // Zero and one are exact; the byte saturates instead of wrapping.
  assert.equal(dequantise(quantise(0)), 0);
  assert.equal(dequantise(quantise(1)), 1);
  assert.equal(quantise(2 ** 40), 255);
});

test('slot counts: the committed table is one buffer of 8 bytes a key, with a model per chain', () => {
  const slots = readTables(path.join(__dirname, '..', '..', 'server', 'data')).slots!;
  const packed = new PackedCounts(slots.counts);
  assert.ok(packed.size > 100_000, `${packed.size} keys`);
  assert.equal(packed.byteLength, packed.size * BYTES_PER_KEY);
  assert.equal(slots.model.weights.length, slots.model.chains.length + 1);
  assert.ok(packed.counts('u人次'), 'the unit alone is always kept');
});
