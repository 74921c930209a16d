// Unit tests run against WXT's fake browser, which has no i18n: serve the shipped English catalog.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import { formatMessage, type MessageCatalog } from '../../lib/i18n';

function installI18n() {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    formatMessage(english as MessageCatalog, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
}

installI18n();
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
