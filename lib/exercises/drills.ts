/**
 * The reframing drill bank: harsh example thoughts written for Selfkind (never taken from the evaluation set),
 * each with the trap it shows most clearly and a model reframe. The words live in _locales as
 * `drill_<id>_thought` and `drill_<id>_reframe` so translations need no code change.
 */
import type { CategoryId } from '../engine/types';

export interface Drill {
  id: string;
  /** The trap this thought shows most clearly: the answer the drill expects. */
  trap: CategoryId;
  /** Other traps the thought also fits; picking one is answered as "that fits too". */
  alsoFits?: readonly CategoryId[];
}

export const DRILLS: readonly Drill[] = [
  { id: 'keys', trap: 'labeling' },
  { id: 'job', trap: 'labeling', alsoFits: ['catastrophizing'] },
  { id: 'lazy', trap: 'labeling' },
  { id: 'loser', trap: 'labeling', alsoFits: ['comparison'] },
  { id: 'forgetful', trap: 'labeling' },
  { id: 'clumsy', trap: 'labeling' },
  { id: 'coward', trap: 'labeling', alsoFits: ['self_contempt'] },
  { id: 'fraud', trap: 'labeling', alsoFits: ['discounting_positive'] },
  { id: 'mess', trap: 'overgeneralizing', alsoFits: ['labeling'] },
  { id: 'finish', trap: 'overgeneralizing' },
  { id: 'works', trap: 'overgeneralizing', alsoFits: ['catastrophizing'] },
  { id: 'cook', trap: 'overgeneralizing' },
  { id: 'late', trap: 'overgeneralizing' },
  { id: 'date', trap: 'overgeneralizing', alsoFits: ['catastrophizing'] },
  { id: 'plants', trap: 'overgeneralizing' },
  { id: 'nothing', trap: 'overgeneralizing', alsoFits: ['all_or_nothing'] },
  { id: 'over', trap: 'should' },
  { id: 'known', trap: 'should', alsoFits: ['self_blame'] },
  { id: 'rest', trap: 'should', alsoFits: ['need_suppression'] },
  { id: 'mistakes', trap: 'should', alsoFits: ['all_or_nothing'] },
  { id: 'gym', trap: 'should' },
  { id: 'happy', trap: 'should', alsoFits: ['need_suppression'] },
  { id: 'email', trap: 'should' },
  { id: 'figured', trap: 'should', alsoFits: ['comparison'] },
  { id: 'trip', trap: 'self_blame' },
  { id: 'team', trap: 'self_blame' },
  { id: 'parent', trap: 'self_blame', alsoFits: ['should'] },
  { id: 'party', trap: 'self_blame' },
  { id: 'rain', trap: 'self_blame' },
  { id: 'divorce', trap: 'self_blame' },
  { id: 'lost', trap: 'self_blame', alsoFits: ['labeling'] },
  { id: 'sickdog', trap: 'self_blame' },
  { id: 'exam', trap: 'catastrophizing', alsoFits: ['all_or_nothing'] },
  { id: 'ruin', trap: 'catastrophizing' },
  { id: 'fired', trap: 'catastrophizing', alsoFits: ['mind_reading'] },
  { id: 'review', trap: 'catastrophizing' },
  { id: 'typo', trap: 'catastrophizing' },
  { id: 'doctor', trap: 'catastrophizing' },
  { id: 'presentation', trap: 'catastrophizing', alsoFits: ['mind_reading'] },
  { id: 'money', trap: 'catastrophizing' },
  { id: 'boring', trap: 'mind_reading', alsoFits: ['overgeneralizing'] },
  { id: 'boss', trap: 'mind_reading' },
  { id: 'laughing', trap: 'mind_reading' },
  { id: 'reply', trap: 'mind_reading', alsoFits: ['catastrophizing'] },
  { id: 'quiet', trap: 'mind_reading' },
  { id: 'teacher', trap: 'mind_reading', alsoFits: ['labeling'] },
  { id: 'sigh', trap: 'mind_reading' },
  { id: 'newjob', trap: 'mind_reading', alsoFits: ['labeling'] },
  { id: 'perfect', trap: 'all_or_nothing' },
  { id: 'cookie', trap: 'all_or_nothing' },
  { id: 'marks', trap: 'all_or_nothing', alsoFits: ['labeling'] },
  { id: 'workout', trap: 'all_or_nothing' },
  { id: 'diet', trap: 'all_or_nothing' },
  { id: 'failure', trap: 'all_or_nothing', alsoFits: ['labeling'] },
  { id: 'streak', trap: 'all_or_nothing', alsoFits: ['labeling'] },
  { id: 'speech', trap: 'all_or_nothing', alsoFits: ['catastrophizing'] },
  { id: 'easy', trap: 'discounting_positive' },
  { id: 'polite', trap: 'discounting_positive', alsoFits: ['mind_reading'] },
  { id: 'anyone', trap: 'discounting_positive' },
  { id: 'lucky', trap: 'discounting_positive' },
  { id: 'compliment', trap: 'discounting_positive', alsoFits: ['mind_reading'] },
  { id: 'raise', trap: 'discounting_positive' },
  { id: 'drawing', trap: 'discounting_positive' },
  { id: 'thanks', trap: 'discounting_positive' },
  { id: 'awkward', trap: 'self_contempt' },
  { id: 'ate', trap: 'self_contempt' },
  { id: 'stand', trap: 'self_contempt' },
  { id: 'sick', trap: 'self_contempt' },
  { id: 'mirror', trap: 'self_contempt' },
  { id: 'voice', trap: 'self_contempt' },
  { id: 'pathetic', trap: 'self_contempt', alsoFits: ['labeling'] },
  { id: 'worthless', trap: 'self_contempt' },
  { id: 'friends', trap: 'comparison' },
  { id: 'sister', trap: 'comparison' },
  { id: 'colleagues', trap: 'comparison' },
  { id: 'stress', trap: 'comparison' },
  { id: 'runner', trap: 'comparison' },
  { id: 'house', trap: 'comparison' },
  { id: 'instagram', trap: 'comparison', alsoFits: ['discounting_positive'] },
  { id: 'classmate', trap: 'comparison', alsoFits: ['labeling'] },
  { id: 'mad', trap: 'reassurance_seeking' },
  { id: 'needy', trap: 'reassurance_seeking', alsoFits: ['labeling'] },
  { id: 'burden', trap: 'reassurance_seeking', alsoFits: ['self_contempt'] },
  { id: 'leave', trap: 'reassurance_seeking', alsoFits: ['mind_reading'] },
  { id: 'okay', trap: 'reassurance_seeking' },
  { id: 'text', trap: 'reassurance_seeking', alsoFits: ['mind_reading'] },
  { id: 'sorry', trap: 'reassurance_seeking' },
  { id: 'love', trap: 'reassurance_seeking' },
  { id: 'alone', trap: 'need_suppression' },
  { id: 'feelings', trap: 'need_suppression' },
  { id: 'problems', trap: 'need_suppression' },
  { id: 'help', trap: 'need_suppression' },
  { id: 'fine', trap: 'need_suppression' },
  { id: 'tired', trap: 'need_suppression' },
  { id: 'upset', trap: 'need_suppression' },
  { id: 'birthday', trap: 'need_suppression' },
];

export function drillThoughtKey(drill: Drill): string {
  return `drill_${drill.id}_thought`;
}

export function drillReframeKey(drill: Drill): string {
  return `drill_${drill.id}_reframe`;
}

export type TrapVerdict = 'right' | 'also_fits' | 'other';

/** How a picked trap relates to the drill's answer. */
export function judgeTrap(drill: Drill, picked: CategoryId): TrapVerdict {
  if (picked === drill.trap) return 'right';
  if (drill.alsoFits?.includes(picked)) return 'also_fits';
  return 'other';
}
