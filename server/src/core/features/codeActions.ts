// Code actions, grouped as ESLint does: each finding's fixes, "fix all of this rule",
// "fix all auto-fixable" and the source.fixAll kinds (one edit tied to the document version).

import { CodeAction, CodeActionKind, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { Commands } from '../commands';
import { Edit, Finding } from '../lib/findings';
import type { IgnoreEntry } from '../lib/options';
import { Locale, Translate } from '../messages';
import { Span } from '../model';
import { RULES } from '../rules';
import { LineIndex } from '../text';
import { combinableFixes, FixAccept, SLOT_RULES } from './fixes';
import { toDiagnostic } from './diagnostics';
import { toRange } from './symbols';

export const FIX_ALL_KIND = 'source.fixAll.gongwen';
export const MARK_BLANKS_KIND = 'source.fixAll.gongwen.placeholders';

export interface ActionContext {
  uri: string;
  version: number;
  index: LineIndex;
  /** The user's language, for rule names. */
  locale: Locale;
  t: Translate;
  /** The `.gongwenrc.json` entry that ignores exactly this finding. */
  ignoreEntry: (f: Finding) => IgnoreEntry;
  /** What fix-all applies under the user's settings (default: autoFixable). */
  fixAllAccepts?: FixAccept;
}

/** Quick fixes for the findings overlapping `span`, then the per-rule and whole-file actions. */
export function getQuickFixes(findings: readonly Finding[], span: Span, ctx: ActionContext): CodeAction[] {
  const here = findings.filter((f) => f.start <= span.end && span.start <= f.end);
  const actions: CodeAction[] = [];
  for (const f of here) {
    const diagnostic = toDiagnostic(f, ctx.index, ctx.uri);
    f.fixes.forEach((fix, i) => {
      if (fix.command) {
        const edit = fix.edits[0];
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: fix.title, command: fix.command, arguments: [ctx.uri, toRange(ctx.index, edit)] },
        });
        return;
      }
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.safe && i === 0 ? true : undefined,
        edit: workspaceEdit(fix.edits, ctx),
      });
    });
  }
  for (const ruleId of new Set(here.map((f) => f.ruleId))) {
    const ofRule = findings.filter((f) => f.ruleId === ruleId);
    const fixes = combinableFixes(ofRule, () => true);
    if (fixes.length > 1)
      actions.push(
        combined(
          ctx.t('fixAllOfRule', ruleName(ruleId, ctx.locale)),
          CodeActionKind.QuickFix,
          fixes.flatMap((x) => x.edits),
          ctx,
        ),
      );
  }
  for (const f of here) {
    const title = ctx.t('ignoreHere');
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(f, ctx.index, ctx.uri)],
      command: { title, command: Commands.ignoreFinding, arguments: [ctx.uri, ctx.ignoreEntry(f)] },
    });
  }
  for (const ruleId of new Set(here.map((f) => f.ruleId))) {
    const title = ctx.t('disableRule', ruleName(ruleId, ctx.locale));
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      command: { title, command: Commands.disableRule, arguments: [ctx.uri, ruleId] },
    });
  }
  if (here.some((f) => SLOT_RULES.includes(f.ruleId))) {
    const blanks = markBlanks(findings, ctx);
    if (blanks) actions.push({ ...blanks, kind: CodeActionKind.QuickFix });
  }
  if (here.some((f) => f.fixes.some((x) => x.safe))) {
    const all = fixAllAction(
      combinableFixes(findings, ctx.fixAllAccepts).flatMap((f) => f.edits),
      ctx,
    );
    if (all) actions.push({ ...all, title: ctx.t('fixAllSafe'), kind: CodeActionKind.QuickFix });
  }
  return actions;
}

/** `source.fixAll.gongwen`: the safe fixes' `edits` as one edit tied to the document version; none when there are none. */
export function fixAllAction(edits: readonly Edit[], ctx: ActionContext): CodeAction | undefined {
  return edits.length === 0 ? undefined : combined(ctx.t('fixAllSafe'), FIX_ALL_KIND, edits, ctx);
}

/** `source.fixAll.gongwen.placeholders`: every blank marked with the fill-in placeholder, as one edit (one round). */
export function markBlanks(findings: readonly Finding[], ctx: ActionContext): CodeAction | undefined {
  const fixes = combinableFixes(findings, (f) => SLOT_RULES.includes(f.ruleId));
  return markBlanksAction(
    fixes.flatMap((f) => f.edits),
    ctx,
  );
}

/** Marking all blanks with `edits` (every round, from the host) as one edit tied to the document version. */
export function markBlanksAction(edits: readonly Edit[], ctx: ActionContext): CodeAction | undefined {
  return edits.length === 0 ? undefined : combined(ctx.t('markAllBlanks'), MARK_BLANKS_KIND, edits, ctx);
}

/** The rule's name in the user's language (its id for a rule not in the registry). */
function ruleName(ruleId: string, locale: Locale): string {
  return RULES.find((r) => r.id === ruleId)?.name[locale] ?? ruleId;
}

function combined(title: string, kind: string, edits: readonly Edit[], ctx: ActionContext): CodeAction {
  return { title, kind, edit: workspaceEdit(edits, ctx) };
}

function workspaceEdit(edits: readonly Edit[], ctx: ActionContext): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: toRange(ctx.index, e), newText: e.newText }));
  return { documentChanges: [{ textDocument: { uri: ctx.uri, version: ctx.version }, edits: textEdits }] };
}
