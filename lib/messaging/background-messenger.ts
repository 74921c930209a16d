/** The one typed channel into the background: content scripts and pages send, the background answers. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol } from './protocol';

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
export const sendToBackground = backgroundMessenger.sendMessage;
