import type { RuleFile } from './types';
import { labeling } from './labeling';
import { overgeneralizing } from './overgeneralizing';
import { should } from './should';
import { self_blame } from './self_blame';
import { catastrophizing } from './catastrophizing';
import { mind_reading } from './mind_reading';
import { all_or_nothing } from './all_or_nothing';
import { discounting_positive } from './discounting_positive';
import { self_contempt } from './self_contempt';
import { comparison } from './comparison';
import { reassurance_seeking } from './reassurance_seeking';
import { need_suppression } from './need_suppression';
import { kind } from './kind';

export type { RuleFile, RulePattern } from './types';

/** Every rule file: the 12 thinking traps, then kind self-talk. */
export const RULE_FILES: readonly RuleFile[] = [
  labeling,
  overgeneralizing,
  should,
  self_blame,
  catastrophizing,
  mind_reading,
  all_or_nothing,
  discounting_positive,
  self_contempt,
  comparison,
  reassurance_seeking,
  need_suppression,
  kind,
];
