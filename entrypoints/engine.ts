// The heavy half of the content script (engine + nudge UI), injected on demand by the background.
export default defineUnlistedScript(() => {});
