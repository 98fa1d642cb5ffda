// The pure core's public face: parse, analyze and the editor features, with no host in sight.

export * from './model';
export { addTokens, parseReport, splitLines } from './parse';
export type { ParseOptions } from './parse';
export { analyze } from './analyze';
export type { Analysis } from './analyze';
export { RULES } from './rules';
export * from './rules/types';
export { translator, defineMessages } from './messages';
export { LineIndex, chineseNumber, toChineseNumber } from './text';
export { getOutline, getDocumentSymbols, toRange } from './features/symbols';
export type { OutlineNode } from './features/symbols';
export { getFoldingRanges } from './features/folding';
export { getSemanticTokens, TOKEN_TYPES, TOKEN_MODIFIERS } from './features/semanticTokens';
export { applyEdits, combinableFixes, composeEdits, fixAll, nonOverlapping } from './features/fixes';
export { suppress, disabledSpans, ignoreEntryFor } from './suppress';
export type { IgnoreEntry } from './suppress';
