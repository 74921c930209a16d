/**
 * Typed messengers for the extension pages: the shared one to the background (lib/messaging), and
 * one to a tab's content script (same @webext-core/messaging wire format as the content side).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentProtocol } from '../../lib/messaging/protocol';

export { backgroundMessenger as toBackground } from '../../lib/messaging/background-messenger';
export const toContent = defineExtensionMessaging<ContentProtocol>();
