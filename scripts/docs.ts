// Writes what is derived from the rule registry: the README's rule table, the per-rule settings of
// package.json (with their texts in package.nls*.json), the rules of the .gongwenrc.json schema and
// the client's list of slot rules. Run `npm run docs` after adding or changing a rule;
// test/unit/registry.test.ts fails while any of them disagrees with the registry.

import * as fs from 'fs';
import * as path from 'path';
import { Rule, RULES, settingsKey } from '../server/src/core';

const ROOT = path.resolve(__dirname, '..');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** The README's rule table (indented as the list item it stands in). */
export function rulesTable(indent = '  '): string {
  const rows = RULES.map(
    (r) => `| \`${r.id}\` | ${r.name['zh-cn']} ${r.name.en} | ${r.doc.en} | ${r.defaultSeverity} |`,
  );
  return ['| rule | name | finds | default |', '|---|---|---|---|', ...rows].map((l) => indent + l).join('\n');
}

/** `text` with the part between the rules markers replaced by `table`. */
function withTable(text: string, table: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks ${START} … ${END}`);
  const indent = text.slice(text.lastIndexOf('\n', start) + 1, start);
  return text.slice(0, start + START.length) + '\n' + table + '\n' + indent + text.slice(end);
}

/** The settings entry of each rule: its severities, its default and (in package.json) its localized description. */
function ruleSettings(describe: (r: (typeof RULES)[number]) => Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    RULES.map((r) => [r.id, { type: 'string', enum: SEVERITIES, default: r.defaultSeverity, ...describe(r) }]),
  );
}

/** `nls` with one `config.rules.<id>` text per rule right after `config.rules` (old rule entries dropped). */
function withRuleTexts(
  nls: Record<string, string>,
  text: (r: (typeof RULES)[number]) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(nls)) {
    if (k.startsWith('config.rules.')) continue;
    out[k] = v;
    if (k === 'config.rules') for (const r of RULES) out[`config.rules.${r.id}`] = text(r);
  }
  return out;
}

/** Each rule's own settings: [settings key (repeatedPhrase.nearMinChars), its spec], in registry order. */
function ownSettings(): Array<[string, NonNullable<Rule['settings']>[string]]> {
  return RULES.flatMap((r) =>
    Object.entries(r.settings ?? {}).map(([n, spec]) => [`${settingsKey(r.id)}.${n}`, spec] as [string, typeof spec]),
  );
}

/** The JSON schema of one rule setting. */
function settingSchema(spec: NonNullable<Rule['settings']>[string]): Record<string, unknown> {
  return {
    type: typeof spec.default,
    default: spec.default,
    ...(spec.minimum === undefined ? {} : { minimum: spec.minimum }),
  };
}

/** `entries` with the rules' own settings placed after `after` (old ones of the same keys dropped). */
function withOwnSettings<T>(
  entries: Record<string, T>,
  after: string,
  key: (k: string) => string,
  value: (k: string, spec: NonNullable<Rule['settings']>[string]) => T,
): Record<string, T> {
  const own = ownSettings();
  const keys = new Set(own.map(([k]) => key(k)));
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(entries)) {
    if (keys.has(k)) continue;
    out[k] = v;
    if (k === after) for (const [n, spec] of own) out[key(n)] = value(n, spec);
  }
  return out;
}

/** Every derived file with the text it should have, by path from the repository root. */
export function derivedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const readme = read('README.md');
  files.set(
    'README.md',
    withTable(
      readme,
      rulesTable(readme.slice(readme.lastIndexOf('\n', readme.indexOf(START)) + 1, readme.indexOf(START))),
    ),
  );

  const pkg = JSON.parse(read('package.json'));
  const setting = pkg.contributes.configuration.properties['gongwen.rules'];
  setting.properties = ruleSettings((r) => ({ markdownDescription: `%config.rules.${r.id}%` }));
  const config = pkg.contributes.configuration;
  config.properties = withOwnSettings(
    config.properties,
    'gongwen.fixedPhrases',
    (k) => `gongwen.${k}`,
    (k, spec) => ({
      ...settingSchema(spec),
      markdownDescription: `%config.${k}%`,
    }),
  );
  files.set('package.json', json(pkg));
  for (const [file, locale] of [
    ['package.nls.json', 'en'],
    ['package.nls.zh-cn.json', 'zh-cn'],
  ] as const) {
    const texts = withRuleTexts(JSON.parse(read(file)), (r) =>
      locale === 'en' ? `**${r.name.en}**: ${r.doc.en}` : `**${r.name['zh-cn']}**：${r.doc['zh-cn']}`,
    );
    files.set(
      file,
      json(
        withOwnSettings(
          texts,
          'config.fixedPhrases',
          (k) => `config.${k}`,
          (_, spec) => spec.doc[locale],
        ),
      ),
    );
  }

  const schema = JSON.parse(read('schemas/gongwenrc.schema.json'));
  schema.properties.rules.properties = ruleSettings((r) => ({
    description: `${r.name['zh-cn']}：${r.doc['zh-cn']} / ${r.name.en}`,
  }));
  for (const r of RULES.filter((x) => x.settings)) {
    schema.properties[settingsKey(r.id)] = {
      type: 'object',
      description: `${r.name['zh-cn']} / ${r.name.en}`,
      additionalProperties: false,
      properties: Object.fromEntries(
        Object.entries(r.settings!).map(([n, spec]) => [
          n,
          { ...settingSchema(spec), description: `${spec.doc['zh-cn']} / ${spec.doc.en}` },
        ]),
      ),
    };
  }
  files.set('schemas/gongwenrc.schema.json', json(schema));

  const slots = RULES.filter((r) => r.tags.includes('slot')).map((r) => `'${r.id}'`);
  files.set(
    'client/src/slotRules.ts',
    [
      '// Generated by `npm run docs` from the rule registry (the rules tagged `slot`): the client does not',
      '// load the registry itself, which would bundle every rule. test/unit/registry.test.ts checks it.',
      '',
      '/** The rules whose diagnostics are blanks to fill. */',
      `export const SLOT_RULES: readonly string[] = [${slots.join(', ')}];`,
      '',
    ].join('\n'),
  );
  return files;
}

if (require.main === module) {
  for (const [file, text] of derivedFiles()) {
    const full = path.join(ROOT, file);
    if (fs.existsSync(full) && fs.readFileSync(full, 'utf8') === text) continue;
    fs.writeFileSync(full, text);
    console.log(`wrote ${file}`);
  }
}
