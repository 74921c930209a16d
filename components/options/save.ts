import type { Settings } from '../../lib/storage/schema';

/** Saves a change to the settings (merged with the current value) and confirms it politely. */
export type SaveSettings = (change: Partial<Settings>) => void;
