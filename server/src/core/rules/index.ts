// The registry: every rule, in the order findings are reported and fixes applied.

import { Rule } from '../lib/rule';
import { rule as headingSequence } from './heading-sequence';
import { rule as headingMarker } from './heading-marker';
import { rule as headingLevel } from './heading-level';
import { rule as headingPunctuation } from './heading-punctuation';
import { rule as missingNumber } from './missing-number';
import { rule as placeholder } from './placeholder';
import { rule as repeatedPhrase } from './repeated-phrase';
import { rule as copyResidue } from './copy-residue';
import { rule as duplicateParagraph } from './duplicate-paragraph';
import { rule as punctuation } from './punctuation';
import { rule as numberFormat } from './number-format';
import { rule as outdatedTerm } from './outdated-term';
import { rule as countClaim } from './count-claim';
import { rule as period } from './period';

/** All rules, in order. Adding a rule: one file in this folder, one line here. */
export const RULES: readonly Rule[] = [
  headingSequence,
  headingMarker,
  headingLevel,
  headingPunctuation,
  missingNumber,
  placeholder,
  repeatedPhrase,
  copyResidue,
  duplicateParagraph,
  punctuation,
  numberFormat,
  outdatedTerm,
  countClaim,
  period,
];
