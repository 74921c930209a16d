/**
 * Listed in the manifest as the content script of every page and frame (see wxt.config.ts). An unlisted script
 * rather than a WXT content-script entrypoint, so that none of WXT's content-script runtime is loaded with it.
 */
import { watchFields } from './content/watch';

export default defineUnlistedScript(watchFields);
