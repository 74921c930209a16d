/**
 * The practice page's address: `#break`, `#drills`, `#letter`, `#patterns`, optionally followed by
 * `&<token>` (a one-time handoff token from a nudge's "Practice this") or `&trap=<category>` (drills
 * focused on one trap, from the weekly summary).
 */
import { CATEGORY_IDS, type CategoryId } from '../engine/types';
import { EXERCISE_IDS, type ExerciseId } from '../storage/notes';

export interface PracticeRoute {
  exercise: ExerciseId | null;
  token?: string;
  trap?: CategoryId;
}

const TOKEN = /^[A-Za-z0-9_-]{8,128}$/;

export function parsePracticeHash(hash: string): PracticeRoute {
  const [head = '', ...rest] = hash.replace(/^#/, '').split('&');
  const exercise = (EXERCISE_IDS as readonly string[]).includes(head) ? (head as ExerciseId) : null;
  if (!exercise) return { exercise: null };
  const route: PracticeRoute = { exercise };
  for (const part of rest) {
    const trap = part.startsWith('trap=') ? part.slice('trap='.length) : null;
    if (trap !== null) {
      if ((CATEGORY_IDS as readonly string[]).includes(trap)) route.trap = trap as CategoryId;
    } else if (TOKEN.test(part)) {
      route.token = part;
    }
  }
  return route;
}

export function practiceHash(route: PracticeRoute): string {
  if (!route.exercise) return '';
  const parts: string[] = [route.exercise];
  if (route.trap) parts.push(`trap=${route.trap}`);
  return `#${parts.join('&')}`;
}
