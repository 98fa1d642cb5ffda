// How build:stats writes a table (part of every table's fingerprint: see _sources.ts).

/** The serialised table: JSON with one top-level key per line, so diffs stay readable. */
export function serialise(table: unknown): string {
  if (table && typeof table === 'object' && !Array.isArray(table)) {
    const entries = Object.entries(table as Record<string, unknown>);
    return '{\n' + entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n}\n';
  }
  return JSON.stringify(table) + '\n';
}
