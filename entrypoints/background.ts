import { startBackground } from '../lib/background/start';

export default defineBackground(() => {
  // Wiring only: handlers live in lib/background.
  startBackground();
});
