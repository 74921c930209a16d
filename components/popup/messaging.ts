/**
 * Typed messengers for the extension pages: one to the background, one to a tab's content script.
 * Same wire format as lib/messaging (both use @webext-core/messaging with the shared protocol maps).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol, ContentProtocol } from '../../lib/messaging/protocol';

export const toBackground = defineExtensionMessaging<BackgroundProtocol>();
export const toContent = defineExtensionMessaging<ContentProtocol>();
