/**
 * Runtime checks for every message the background receives, matching BackgroundProtocol. Each returns
 * the cleaned data, or null when the message is malformed or out of range (the caller ignores it).
 */
import type { CategoryId, Severity } from '../engine/types';
import { MAX_EVENTS_PER_MESSAGE } from './protocol';
import { EXERCISE_IDS, type ExerciseId } from '../storage/notes';
import { CATEGORY_STAT_KINDS, STAT_KINDS, type StatEvent, type StatKind } from '../storage/schema';
import { isCategoryId, isHost } from '../storage/validate-settings';

export const MAX_EVENT_COUNT = 100;
/** How far ahead a snooze may reach. */
export const MAX_SNOOZE_MS = 366 * 24 * 60 * 60 * 1000;
/** Longest text handed to an extension page (a sentence or a selection, not a document). */
export const MAX_HANDOFF_LENGTH = 10_000;
const TOKEN = /^[A-Za-z0-9-]{8,64}$/;

type Fields = Record<string, unknown>;

function record(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : null;
}

function hasOnly(fields: Fields, allowed: readonly string[]): boolean {
  return Object.keys(fields).every((key) => allowed.includes(key));
}

function isStatKind(value: unknown): value is StatKind {
  return STAT_KINDS.some((kind) => kind === value);
}

function isSeverity(value: unknown): value is Severity {
  return value === 1 || value === 2 || value === 3;
}

/**
 * One event, or null. A trap category is kept on the kinds that are counted per category; on the
 * others a known category (or 'kind' on a kind event) is accepted and dropped; anything else is malformed.
 */
export function parseStatEvent(value: unknown): StatEvent | null {
  const fields = record(value);
  if (!fields || !hasOnly(fields, ['kind', 'category', 'severity', 'count'])) return null;
  const { kind, category, severity, count } = fields;
  if (!isStatKind(kind)) return null;
  const perCategory = CATEGORY_STAT_KINDS.includes(kind);
  if (
    category !== undefined &&
    !isCategoryId(category) &&
    !(kind === 'kind' && category === 'kind')
  ) {
    return null;
  }
  if (severity !== undefined && !isSeverity(severity)) return null;
  if (
    count !== undefined &&
    !(
      typeof count === 'number' &&
      Number.isInteger(count) &&
      count >= 1 &&
      count <= MAX_EVENT_COUNT
    )
  ) {
    return null;
  }
  const event: StatEvent = { kind };
  if (perCategory && category !== undefined) event.category = category as CategoryId;
  if (severity !== undefined) event.severity = severity;
  if (count !== undefined) event.count = count;
  return event;
}

/**
 * The well-formed events, or null when the list is not a list, too long, or holds none. `batch` names the
 * message so that a retry of it is counted once.
 */
export function parseRecordStats(data: unknown): { events: StatEvent[]; batch?: string } | null {
  const fields = record(data);
  if (!fields || !hasOnly(fields, ['events', 'batch']) || !Array.isArray(fields.events))
    return null;
  if (fields.batch !== undefined && (typeof fields.batch !== 'string' || !TOKEN.test(fields.batch)))
    return null;
  if (fields.events.length > MAX_EVENTS_PER_MESSAGE) return null;
  const events = fields.events
    .map(parseStatEvent)
    .filter((event): event is StatEvent => event !== null);
  if (events.length === 0) return null;
  return fields.batch === undefined ? { events } : { events, batch: fields.batch };
}

export function parseHostMessage(data: unknown): { host: string } | null {
  const fields = record(data);
  if (!fields || !hasOnly(fields, ['host']) || !isHost(fields.host)) return null;
  return { host: fields.host };
}

export function parseSetSiteEnabled(data: unknown): { host: string; enabled: boolean } | null {
  const fields = record(data);
  if (!fields || !hasOnly(fields, ['host', 'enabled'])) return null;
  const { host, enabled } = fields;
  if (!isHost(host) || host.length === 0 || typeof enabled !== 'boolean') return null;
  return { host, enabled };
}

export function parseSnooze(data: unknown, now: number): { until: number | null } | null {
  const fields = record(data);
  if (!fields || !hasOnly(fields, ['until'])) return null;
  const { until } = fields;
  if (until === null) return { until: null };
  if (typeof until !== 'number' || !Number.isFinite(until)) return null;
  if (until <= now || until > now + MAX_SNOOZE_MS) return null;
  return { until };
}

function isExerciseId(value: unknown): value is ExerciseId {
  return EXERCISE_IDS.some((id) => id === value);
}

export function parseOpenPractice(
  data: unknown,
): { exercise: ExerciseId; sentence?: string } | null {
  const fields = record(data);
  if (!fields || !hasOnly(fields, ['exercise', 'sentence'])) return null;
  const { exercise, sentence } = fields;
  if (!isExerciseId(exercise)) return null;
  if (sentence === undefined) return { exercise };
  if (typeof sentence !== 'string' || sentence.length > MAX_HANDOFF_LENGTH) return null;
  return sentence.trim() ? { exercise, sentence } : { exercise };
}

export function parseTakeHandoff(data: unknown): { token: string } | null {
  const fields = record(data);
  if (!fields || !hasOnly(fields, ['token'])) return null;
  const { token } = fields;
  return typeof token === 'string' && TOKEN.test(token) ? { token } : null;
}

/** Messages without data (loadEngine). */
export function parseNoData(data: unknown): Record<string, never> | null {
  return data === undefined || data === null ? {} : null;
}
