/**
 * A copy of a slice that does not point into the whole text. V8 represents `text.slice()` as a view on its
 * parent, so a kept sentence (and anything built from it) would otherwise keep that whole version of a long
 * field's text alive: after many edits, megabytes of the user's words held in memory, and long
 * garbage-collection pauses. Prepending a character forces a flat copy; the slice after it points only into
 * that copy.
 */
export const detached = (slice: string): string => (' ' + slice).slice(1);
