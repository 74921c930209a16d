/**
 * Answers Firefox's own permission prompt ("Selfkind requests additional permissions", Allow / Deny) the way a
 * user does: a click on the button in the browser's window, which BiDi input cannot reach, so it goes through
 * Firefox's privileged window script. Chromium's prompt cannot be answered in a headless run.
 */
import type { Page } from 'playwright-core';
import type { FirefoxPage } from '../drivers/firefox/page';

const PROMPT = 'addon-webext-permissions-notification';

export async function answerPermissionPrompt(page: Page, answer: 'Allow' | 'Deny'): Promise<void> {
  const context = (page as unknown as FirefoxPage).context();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answered = await context.chromeEvaluate(`(() => {
      const prompt = document.getElementById(${JSON.stringify(PROMPT)});
      if (!prompt || PopupNotifications.panel.state !== 'open') return 'not shown';
      const button = ${answer === 'Allow' ? 'prompt.button' : 'prompt.secondaryButton'};
      if (button.label !== ${JSON.stringify(answer)}) return 'button says ' + button.label;
      button.click();
      return 'answered';
    })()`);
    if (answered === 'answered') return;
    if (Date.now() > deadline) throw new Error(`Firefox's permission prompt: ${String(answered)}`);
    await new Promise((next) => setTimeout(next, 50));
  }
}
