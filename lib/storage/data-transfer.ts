/**
 * The user's data as one JSON document: export it, import it back (all or nothing), delete it all.
 * Plain async functions the options page calls directly (extension pages share the storage APIs).
 */
import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { pruneHistory, type StatsHistory } from '../stats/buckets';
import { dayKeyOf } from '../stats/days';
import {
  MAX_NOTE_LENGTH,
  MAX_NOTES,
  notesItem,
  parseNote,
  readNotes,
  type PracticeNote,
} from './notes';
import type { Settings } from './schema';
import { getSettings, localSettingsItem, syncSettingsItem } from './settings';
import { SETTINGS_VERSION } from './settings-migrations';
import { readStats, statsItem } from './stats';
import { parseSettings, settingsProblems } from './validate-settings';
import { parseStatsHistory } from './validate-stats';

export const EXPORT_FORMAT = 'selfkind-export';
export const EXPORT_FORMAT_VERSION = 1;
/** Far above a year of stats and the maximum of notes. */
export const MAX_IMPORT_BYTES = 5_000_000;

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  settings: Settings;
  stats: StatsHistory;
  notes: PracticeNote[];
}

/** A document that cannot be imported; `problems` names what is wrong, `message` says it plainly. */
export class ImportError extends Error {
  readonly problems: string[];
  /** The format version of a file written by a newer Selfkind, so the user can be told which. */
  readonly newerVersion: number | null;
  constructor(message: string, problems: string[] = [], newerVersion: number | null = null) {
    super(message);
    this.name = 'ImportError';
    this.problems = problems;
    this.newerVersion = newerVersion;
  }
}

export async function exportData(now: number = Date.now()): Promise<ExportDocument> {
  const [settings, stats, notes] = await Promise.all([getSettings(), readStats(), readNotes()]);
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    stats,
    notes,
  };
}

/** The export as the text of a .json file. */
export async function exportDataJson(now: number = Date.now()): Promise<string> {
  return JSON.stringify(await exportData(now), null, 2);
}

function notesProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['notes'];
  if (value.length > MAX_NOTES) return ['notes (too many)'];
  const ids = new Set<string>();
  return value.flatMap((entry, index) => {
    const note = parseNote(entry);
    if (!note || (entry as PracticeNote).text.length > MAX_NOTE_LENGTH || ids.has(note.id)) {
      return [`notes[${index}]`];
    }
    ids.add(note.id);
    return [];
  });
}

function parseJson(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  if (input.length > MAX_IMPORT_BYTES)
    throw new ImportError('This file is too large to be a Selfkind export.');
  try {
    return JSON.parse(input);
  } catch {
    throw new ImportError('This file is not valid JSON, so it cannot be a Selfkind export.');
  }
}

/** The document, checked in full; throws ImportError without touching anything when it is wrong. */
export function validateExportDocument(input: unknown): ExportDocument {
  const value = parseJson(input);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportError('This file is not a Selfkind export.');
  }
  const doc = value as Record<string, unknown>;
  if (doc.format !== EXPORT_FORMAT) throw new ImportError('This file is not a Selfkind export.');
  if (typeof doc.formatVersion !== 'number' || doc.formatVersion > EXPORT_FORMAT_VERSION) {
    const version = typeof doc.formatVersion === 'number' ? doc.formatVersion : null;
    throw new ImportError(
      `This export comes from a newer version of Selfkind (format ${version ?? 'unknown'}; this one reads ${EXPORT_FORMAT_VERSION}). Update Selfkind, then try again.`,
      [],
      version,
    );
  }
  if (doc.formatVersion !== EXPORT_FORMAT_VERSION)
    throw new ImportError('This export has an unknown format version.');
  const problems = [
    ...settingsProblems(doc.settings).map((field) => `settings.${field}`),
    ...notesProblems(doc.notes),
  ];
  if (typeof doc.stats !== 'object' || doc.stats === null || Array.isArray(doc.stats)) {
    problems.push('stats');
  } else {
    parseStatsHistory(doc.stats, problems);
  }
  if (problems.length > 0) {
    throw new ImportError(
      'Some of this file does not look like Selfkind data, so nothing was imported.',
      problems,
    );
  }
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt : '',
    settings: parseSettings(doc.settings),
    stats: parseStatsHistory(doc.stats),
    notes: doc.notes as PracticeNote[],
  };
}

/**
 * Replaces settings, stats and notes with the document's. Everything is validated before anything
 * is written; the local data is then written in one storage call.
 */
export async function importData(
  input: unknown,
  now: number = Date.now(),
): Promise<{ days: number; notes: number }> {
  const doc = validateExportDocument(input);
  const stats = pruneHistory(doc.stats, dayKeyOf(now));
  await storage.setItems([
    { item: localSettingsItem, value: doc.settings },
    { item: statsItem, value: stats },
    { item: notesItem, value: doc.notes },
  ]);
  await storage.setMetas([
    { item: localSettingsItem, meta: { v: SETTINGS_VERSION } },
    { item: statsItem, meta: { v: 1 } },
  ]);
  if (doc.settings.syncSettings) {
    await storage.setItems([{ item: syncSettingsItem, value: doc.settings }]);
    await storage.setMetas([{ item: syncSettingsItem, meta: { v: SETTINGS_VERSION } }]);
  } else {
    await syncSettingsItem.removeValue();
  }
  return { days: Object.keys(stats).length, notes: doc.notes.length };
}

/** Removes all of Selfkind's stored data on this device, and the synced settings. */
export async function deleteAllData(): Promise<void> {
  await browser.storage.local.clear();
  await storage.removeItems([{ item: syncSettingsItem, options: { removeMeta: true } }]);
}
