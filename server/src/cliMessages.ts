// The command line's own texts (usage, errors, summaries) in Chinese and English, as the host's
// messages are (core/messages.ts): `GONGWEN_LANG=en` (or an English LANG) picks English.

import type { Message } from './core';

const EXIT_CODES: Message = {
  zh: '退出码：0 没有错误级问题；1 有错误级问题；2 用法有误或文件无法读取',
  en: 'Exit codes: 0 no error-level finding; 1 some error-level finding; 2 bad usage or unreadable input',
};

const HELP_OPTION: Message = { zh: '  -h, --help            显示本说明', en: '  -h, --help            show this help' };

/** Joins the parts of a usage text, a blank line between them. */
function usage(...parts: Message[]): Message {
  return { zh: parts.map((p) => p.zh).join('\n\n'), en: parts.map((p) => p.en).join('\n\n') };
}

export const CLI_MESSAGES = {
  usage: usage(
    {
      zh: `用法：gongwen <命令> [选项] 文件…

检查中文工作报告、述职报告、工作总结的草稿（.txt、.md），全程离线。

命令：
  check     检查报告，逐条列出问题
  fix       应用可自动修复的问题（待填空白留给你）
  outline   列出报告的标题层次和列举（一是、二是）
  export    导出为 GB/T 9704 版式的 Word 文件（.docx）
  lsp       启动语言服务器（供 Neovim、Emacs 等编辑器使用）

每个命令的选项：gongwen <命令> --help
英文界面：GONGWEN_LANG=en gongwen …`,
      en: `Usage: gongwen <command> [options] FILE...

Checks drafts of Chinese government reports (.txt, .md), offline.

Commands:
  check     check reports and list the findings
  fix       apply the fixes that are safe to apply (blanks are left to you)
  outline   print the report's heading levels and inline items (一是, 二是)
  export    export as a Word file (.docx) in the GB/T 9704 layout
  lsp       run the language server (for Neovim, Emacs and other editors)

Options of a command: gongwen <command> --help
Chinese messages: GONGWEN_LANG=zh gongwen ...`,
    },
    EXIT_CODES,
    { zh: '示例：\n  gongwen check 半年工作总结.txt', en: 'Example:\n  gongwen check half-year-summary.txt' },
  ),
  usageCheck: usage(
    {
      zh: `用法：gongwen check [--format text|json] [--jobs N] 文件|文件夹…

检查报告（文件夹中的 .txt、.md 逐个检查），每个问题一行：文件:行:列 严重程度 规则 说明。
读取文件所在文件夹（或其上级）的 .gongwenrc.json。

选项：
  --format text|json    输出格式（默认 text）
  --jobs N              同时检查的线程数（默认每个处理器核心一个）
${HELP_OPTION.zh}`,
      en: `Usage: gongwen check [--format text|json] [--jobs N] FILE|FOLDER...

Checks reports (each .txt and .md of a folder); one finding a line: file:line:column severity rule message.
Reads .gongwenrc.json from the file's folder or the nearest folder above it.

Options:
  --format text|json    output format (default: text)
  --jobs N              threads checking at once (default: one per core)
${HELP_OPTION.en}`,
    },
    EXIT_CODES,
    {
      zh: '示例：\n  gongwen check 半年工作总结.txt\n  gongwen check --format json 报告/',
      en: 'Examples:\n  gongwen check half-year-summary.txt\n  gongwen check --format json reports/',
    },
  ),
  usageFix: usage(
    {
      zh: `用法：gongwen fix [--write] 文件…

应用可自动修复的问题（标点、序号、数字用法、网页残留等），反复检查直到没有可修复的为止；
待填空白留给你。删除重复的分句或段落会改动内容，默认不自动修复，在 .gongwenrc.json 中设
"fixAll": { "contentChanges": true } 才一并修复。不加 --write 时打印修复后的文本。

选项：
  --write               写回原文件（保持原编码），并逐个文件说明修复了什么
${HELP_OPTION.zh}`,
      en: `Usage: gongwen fix [--write] FILE...

Applies the fixes that are safe to apply (punctuation, numbering, number format, web residue...),
checking again until nothing fixable is left; blanks are left to you. Deleting a doubled clause or a
duplicate paragraph changes what the report says: applied only with "fixAll": { "contentChanges": true }
in .gongwenrc.json. Without --write the fixed text is printed.

Options:
  --write               write each file back (in its own encoding) and say what was fixed in it
${HELP_OPTION.en}`,
    },
    {
      zh: '退出码：0 完成；2 用法有误，或文件无法读取或写回',
      en: 'Exit codes: 0 done; 2 bad usage, or a file that cannot be read or written back',
    },
    {
      zh: '示例：\n  gongwen fix 半年工作总结.txt > 修改后.txt\n  gongwen fix --write 报告/*.txt',
      en: 'Examples:\n  gongwen fix half-year-summary.txt > fixed.txt\n  gongwen fix --write reports/*.txt',
    },
  ),
  usageOutline: usage(
    {
      zh: `用法：gongwen outline [--format text|json] 文件

列出报告的标题（一、（一）1.（1））和列举（一是、二是），按层次缩进；json 含每项的位置。

选项：
  --format text|json    输出格式（默认 text）
${HELP_OPTION.zh}`,
      en: `Usage: gongwen outline [--format text|json] FILE

Prints the report's headings (一、（一）1.（1）) and inline items (一是, 二是), indented by level;
json gives each one's position.

Options:
  --format text|json    output format (default: text)
${HELP_OPTION.en}`,
    },
    {
      zh: '退出码：0 完成；2 用法有误或文件无法读取',
      en: 'Exit codes: 0 done; 2 bad usage or unreadable input',
    },
    { zh: '示例：\n  gongwen outline 半年工作总结.txt', en: 'Example:\n  gongwen outline half-year-summary.txt' },
  ),
  usageExport: usage(
    {
      zh: `用法：gongwen export [--format docx] 文件 [-o 输出文件] [--allow-blanks]

导出为 GB/T 9704 版式的 Word 文件（默认写到同名 .docx）。还有待填处时不导出，并列出每一处。

选项：
  --format docx         导出格式（目前只有 docx，可省略）
  -o, --output 文件     写到这个文件
  --allow-blanks        有待填处也导出（待填处标黄）
${HELP_OPTION.zh}`,
      en: `Usage: gongwen export [--format docx] FILE [-o OUT] [--allow-blanks]

Exports a Word file in the GB/T 9704 layout (by default FILE with .docx). While blanks remain it
exports nothing and lists each of them.

Options:
  --format docx         the format (docx is the only one: may be left out)
  -o, --output OUT      write to OUT
  --allow-blanks        export even with blanks (highlighted yellow)
${HELP_OPTION.en}`,
    },
    {
      zh: '退出码：0 已导出；1 还有待填处，未导出；2 用法有误，或文件无法读取或写入',
      en: 'Exit codes: 0 exported; 1 blanks remain, not exported; 2 bad usage, or a file that cannot be read or written',
    },
    {
      zh: '示例：\n  gongwen export 半年工作总结.txt -o 半年工作总结.docx',
      en: 'Example:\n  gongwen export half-year-summary.txt -o half-year-summary.docx',
    },
  ),
  usageLsp: usage(
    {
      zh: `用法：gongwen lsp [--stdio]

启动语言服务器（LSP），通过标准输入输出与编辑器（Neovim、Emacs 等）通信。

选项：
  --stdio               经标准输入输出通信（默认）
${HELP_OPTION.zh}`,
      en: `Usage: gongwen lsp [--stdio]

Runs the language server (LSP) for an editor (Neovim, Emacs...), over standard input and output.

Options:
  --stdio               talk over standard input and output (the default)
${HELP_OPTION.en}`,
    },
    { zh: '退出码：0 编辑器让服务器退出', en: 'Exit codes: 0 the editor shut the server down' },
    {
      zh: "示例（Neovim）：\n  vim.lsp.start_client({ name = 'gongwen', cmd = { 'gongwen', 'lsp' } })",
      en: "Example (Neovim):\n  vim.lsp.start_client({ name = 'gongwen', cmd = { 'gongwen', 'lsp' } })",
    },
  ),
  unknownCommand: { zh: '未知命令：{0}', en: 'unknown command: {0}' },
  unknownOption: { zh: '未知选项：{0}', en: 'unknown option: {0}' },
  formatTextOrJson: { zh: '--format 只能是 json 或 text', en: '--format must be json or text' },
  formatDocx: { zh: '--format 只能是 docx', en: '--format must be docx' },
  jobsPositive: { zh: '--jobs 须为正整数', en: '--jobs must be a positive integer' },
  missingFile: { zh: '缺少文件', en: 'missing FILE' },
  oneFile: { zh: '{0} 只接受一个文件', en: '{0} takes one FILE' },
  outputNeedsName: { zh: '-o 缺少文件名', en: '-o needs a file name' },
  blanksRefused: {
    zh: '尚有 {0} 处待填，未导出（确需导出请加 --allow-blanks）：',
    en: '{0} blanks to fill, not exported (--allow-blanks exports anyway):',
  },
  exportedWithBlanks: { zh: '{0}（{1} 处待填已标黄）', en: '{0} ({1} blanks highlighted)' },
  fixedFile: { zh: '{0}：修复 {1} 处（{2}）', en: '{0}: {1} fixed ({2})' },
  fixedNothing: { zh: '{0}：没有可自动修复的问题', en: '{0}: nothing to fix' },
  fixedRule: { zh: '{0} {1}', en: '{0} {1}' },
  listSeparator: { zh: '，', en: ', ' },
} satisfies Record<string, Message>;

export type CliMessage = keyof typeof CLI_MESSAGES;
