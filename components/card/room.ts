import { createContext } from 'preact';

/**
 * True when the viewport has no room for the whole card on any side of the words (a small window, or 200% zoom):
 * the nudge card then shows its compact form.
 */
export const CompactRoom = createContext(false);
