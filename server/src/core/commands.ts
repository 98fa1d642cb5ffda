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
  /** The 公文检查 view: only the blanks, or everything; grouped by rule or by section. */
  showBlanks: 'gongwen.showBlanks',
  showAllFindings: 'gongwen.showAllFindings',
  findingsByRule: 'gongwen.findings.byRule',
  findingsBySection: 'gongwen.findings.bySection',
  /** The 公文检查 view: findings of some severities only (asks which; tests pass them). */
  filterSeverity: 'gongwen.findings.filterSeverity',
  /** This `.txt` in the report language; every `.txt` of the workspace (files.associations). */
  openAsReport: 'gongwen.openAsReport',
  treatTxtAsReports: 'gongwen.treatTxtAsReports',
  exportDocx: 'gongwen.exportDocx',
  showPreview: 'gongwen.showPreview',
} as const;

/** Editor commands used by the view's items only (not in the palette, so not contributed). */
export const InternalEditorCommands = {
  /** (uri, range, blank?): opens the report at a finding. */
  revealFinding: 'gongwen.revealFinding',
} as const;
