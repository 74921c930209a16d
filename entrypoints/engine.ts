/**
 * The heavy half of the content script: engine, sessions, overlay and card. Never listed in the
 * manifest and never web-accessible: the background injects it (scripting.executeScript) into the
 * isolated world of the one frame where an eligible field got focus, and it registers itself there
 * for the small always-on script (entrypoints/content/watch.ts), which starts it with its own
 * signal.
 */
import { createAnalyzer } from '@/lib/engine';
import { createConductor } from './content/conductor';
import { installEngine } from './content/engine-api';

export default defineUnlistedScript(() => {
  installEngine({
    start: (signal, userEdits) => createConductor(signal, { createAnalyzer }, userEdits),
  });
});
