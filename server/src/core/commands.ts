// Every command id gongwen uses, in one table shared by the core (code actions), the server, the
// client and package.json (a test checks that package.json contributes every editor command).

/** Commands the server executes (LSP workspace/executeCommand): the language client registers them. */
export const Commands = {
  /** (uri, range, value): writes a value into a blank. */
  fillValue: 'gongwen.fillValue',
  /** (uri, IgnoreEntry): records one finding in `.gongwenrc.json`. */
  ignoreFinding: 'gongwen.ignoreFinding',
  /** (uri, ruleId): turns a rule off in `.gongwenrc.json`. */
  disableRule: 'gongwen.disableRule',
} as const;

/** Commands of the editor (client), contributed in package.json. */
export const EditorCommands = {
  nextSlot: 'gongwen.nextSlot',
  previousSlot: 'gongwen.previousSlot',
  fillValueAtCursor: 'gongwen.fillValueAtCursor',
  checkWorkspace: 'gongwen.checkWorkspace',
  showStats: 'gongwen.showStats',
} as const;
