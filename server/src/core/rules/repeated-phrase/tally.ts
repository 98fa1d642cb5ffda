// Document-wide counts made from the paragraphs' contributions and brought up to date from the ones
// that changed: telling which changed costs a comparison per paragraph (the unchanged ones are the
// very same objects, kept by the runner), and updating costs the keys of the changed ones — never
// the characters of the document.

/** Keys counted over contributions, with the contributions holding each; `hot`: keys counted `threshold`+ times. */
export class Tally<P> {
  private readonly counts = new Map<number, number>();
  /** The contributions holding each key (one entry per occurrence): a single one, or several. */
  private readonly owners = new Map<number, P | P[]>();
  readonly hot = new Set<number>();

  constructor(private threshold: number) {}

  /** Counts the keys of contribution `p`. */
  add(p: P, keys: ArrayLike<number>): void {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const n = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, n);
      if (n >= this.threshold) this.hot.add(key);
      const o = this.owners.get(key);
      if (o === undefined) this.owners.set(key, p);
      else if (Array.isArray(o)) o.push(p);
      else this.owners.set(key, [o, p]);
    }
  }

  /** Takes back what `add(p, keys)` counted. */
  remove(p: P, keys: ArrayLike<number>): void {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const n = (this.counts.get(key) ?? 0) - 1;
      if (n <= 0) {
        this.counts.delete(key);
        this.owners.delete(key);
        this.hot.delete(key);
        continue;
      }
      this.counts.set(key, n);
      if (n < this.threshold) this.hot.delete(key);
      const o = this.owners.get(key);
      if (Array.isArray(o)) {
        o.splice(o.indexOf(p), 1);
        if (o.length === 1) this.owners.set(key, o[0]);
      }
    }
  }

  /** Moves the threshold of `hot` (a pass over the keys, only when it changes). */
  setThreshold(threshold: number): void {
    if (threshold === this.threshold) return;
    this.threshold = threshold;
    this.hot.clear();
    for (const [key, n] of this.counts) if (n >= threshold) this.hot.add(key);
  }

  /** How many times `key` is counted. */
  count(key: number): number {
    return this.counts.get(key) ?? 0;
  }

  /** The distinct contributions holding `key`. */
  ownersOf(key: number): P[] {
    const o = this.owners.get(key);
    return o === undefined ? [] : Array.isArray(o) ? [...new Set(o)] : [o];
  }
}

/**
 * The contributions of the last analysis, to tell what changed: `update` calls `removed` for each
 * contribution gone and `added` for each new one (a contribution may stand at several places: it is
 * counted once per place). Unchanged lists cost one comparison per paragraph.
 */
export class Changes<P> {
  private last: readonly P[] = [];

  update(parts: readonly P[], removed: (p: P) => void, added: (p: P) => void): void {
    const old = this.last;
    let a = 0;
    while (a < old.length && a < parts.length && old[a] === parts[a]) a++;
    let z = 0;
    while (z < old.length - a && z < parts.length - a && old[old.length - 1 - z] === parts[parts.length - 1 - z]) z++;
    // The middle, as multisets: an unchanged paragraph that moved is neither removed nor added.
    const now = new Map<P, number>();
    for (let i = a; i < parts.length - z; i++) now.set(parts[i], (now.get(parts[i]) ?? 0) + 1);
    for (let i = a; i < old.length - z; i++) {
      const n = now.get(old[i]) ?? 0;
      if (n > 0) now.set(old[i], n - 1);
      else removed(old[i]);
    }
    for (const [p, n] of now) for (let k = 0; k < n; k++) added(p);
    this.last = parts;
  }
}

/** Where the contributions holding the tally's hot keys stand: their indices in `parts` (one pass over the paragraphs). */
export function placesOf<P>(parts: ReadonlyArray<{ own: P }>, tally: Tally<P>): Map<P, number[]> {
  const wanted = new Set<P>();
  for (const key of tally.hot) for (const p of tally.ownersOf(key)) wanted.add(p);
  const places = new Map<P, number[]>();
  parts.forEach((x, j) => {
    if (!wanted.has(x.own)) return;
    const list = places.get(x.own);
    if (list) list.push(j);
    else places.set(x.own, [j]);
  });
  return places;
}
