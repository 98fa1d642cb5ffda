// The pure core's public face: parse, analyze, the rules and the editor features, with no host in
// sight. Host, server and CLI import the core through this file only.

export * from './model';
export { addTokens, parseReport, splitLines } from './parse';
export type { ParseOptions } from './parse';
export { analyze } from './analyze';
export type { Analysis, AnalysisEnv } from './analyze';
export { RULES } from './rules';
export * from './lib/findings';
export * from './lib/options';
export { defineRule, fixer, settingsKey, settingValues } from './lib/rule';
export type { Fixer, FixOptions, LocaleText, OptionKey, Rule, RuleContext, RuleTag, SettingSpec } from './lib/rule';
export type { RuleWork, WorkMeter } from './lib/runner';
export { AnalysisCaches, Memo } from './lib/memo';
export { EMPTY_TABLES, tablesFrom } from './lib/tables';
export type { ConfusableTable, CorpusTables, PhraseTable, SlotTable, TableData, WordTable } from './lib/tables';
export { periodWith, readPeriod, yearValue } from './parse/period';
export { slotTarget, FILL_VALUE_COMMAND } from './lib/slots/text';
export { say, translator, translatorOf } from './messages';
export type { Locale, Message, Translate } from './messages';
export { Commands, EditorCommands, InternalEditorCommands } from './commands';
export { LineIndex, chineseNumber, toChineseNumber, isBlank, visibleLength } from './text';
export { getOutline, getDocumentSymbols, toRange } from './features/symbols';
export type { OutlineNode } from './features/symbols';
export { getFoldingRanges } from './features/folding';
export { getSemanticTokens, TOKEN_TYPES, TOKEN_MODIFIERS } from './features/semanticTokens';
export {
  applyEdits,
  closeShells,
  autoFixable,
  combinableFixes,
  fixAll,
  fixAllAccepts,
  fixAllAsync,
  SLOT_RULES,
} from './features/fixes';
export type { FixAccept } from './features/fixes';
export {
  FIX_ALL_KIND,
  fixAllAction,
  getQuickFixes,
  MARK_BLANKS_KIND,
  markBlanks,
  markBlanksAction,
} from './features/codeActions';
export type { ActionContext } from './features/codeActions';
export { toDiagnostic, fixToJson, publishable, PUBLISH_LIMIT } from './features/diagnostics';
export type { Published } from './features/diagnostics';
export { getFindingsContext, getStats } from './features/stats';
export type { FindingsContext, ReportStats } from './features/stats';
export {
  BODY,
  CHAR,
  canBreak,
  DEFAULT_LAYOUT_STYLE,
  ems,
  estimatePages,
  GB_PAGE,
  GRID_CHAR_SPACE,
  isDateLine,
  LINE_ROOM,
  layoutReport,
  MIN_TITLE_LINE,
  paginate,
  placeLines,
  slotFindings,
  twips,
  TYPE_WIDTH,
  widthOf,
} from './features/layout';
export type { BlockPlace, Face, LayoutBlock, LayoutLine, LayoutRun, LayoutStyle, Place } from './features/layout';
export { suppress, disabledSpans, ignoreEntryFor } from './suppress';
