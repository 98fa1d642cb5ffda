import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, fixAllAccepts } from '../../../server/src/core';
import { applyFix, check, covered } from '../../helpers';

const RULE = 'duplicate-paragraph';
const P1 = '领导班子坚决贯彻落实党的路线、方针、政策，始终同党中央保持高度一致。';
const P2 = '坚持民主集中制原则，不断提高领导班子的执政能力和领导水平。';
/** Fix-all with `fixAll.contentChanges` on. */
const CONTENT = fixAllAccepts(true);

test('duplicate-paragraph: the later copy is found, pointed at the first, and deleted with its line break', () => {
  const text = `工作总结\n${P1}\n${P2}\n　　${P1}  \n结束语。`;
  const found = check(text, RULE);
  assert.deepEqual(covered(text, found), [`${P1}  `.trim()]);
  assert.equal(found[0].fixes[0].safe, true);
  // Deleting a paragraph changes what the report says: fix-all leaves it unless allowed.
  assert.equal(found[0].fixes[0].changesContent, true);
  assert.equal(fixAll(text, (t) => check(t, RULE)).text, text);
  assert.deepEqual(
    found[0].related?.map((r) => text.slice(r.start, r.end)),
    [P1],
  );
  assert.equal(found[0].message, '与前文第 2 行重复');
  assert.equal(applyFix(text, found[0]), `工作总结\n${P1}\n${P2}\n结束语。`);
});

test('duplicate-paragraph: three copies, the last line, CRLF and 𠮷', () => {
  const line = `𠮷${P2}`;
  const text = `${line}\r\n${P1}\r\n${line}\r\n${line}`;
  const found = check(text, RULE);
  assert.equal(found.length, 2);
  assert.deepEqual(
    found.map((f) => f.start),
    [text.indexOf(line, 1), text.lastIndexOf(line)],
  );
  assert.equal(applyFix(text, found[1]), `${line}\r\n${P1}\r\n${line}`);
  const fixed = fixAll(text, (t) => check(t, RULE), CONTENT).text;
  assert.equal(fixed, `${line}\r\n${P1}`);
  assert.deepEqual(check(fixed, RULE), []);
});

test('duplicate-paragraph: short repeats and near repeats are not found', () => {
  const cases = [
    '各位代表：\n现在报告工作。\n各位代表：',
    '（一）存在的问题\n甲。\n（一）存在的问题',
    `${P1}\n${P1.replace('高度', '')}`,
    `${P1}\n${P1}补充一句。`,
  ];
  for (const text of cases) assert.deepEqual(covered(text, check(text, RULE)), [], text);
});

test('duplicate-paragraph: Markdown paragraphs and their lines; code blocks are not compared', () => {
  const md = `# 报告\n\n${P1}\n${P2}\n\n${P1}\n${P2}\n\n${P2}\n\n\`\`\`\n${P1}\n\`\`\`\n`;
  const found = check(md, RULE);
  assert.deepEqual(covered(md, found), [`${P1}\n${P2}`, P2]);
  assert.equal(
    fixAll(md, (t) => check(t, RULE), CONTENT).text,
    `# 报告\n\n${P1}\n${P2}\n\n\n\n\`\`\`\n${P1}\n\`\`\`\n`,
  );
});
