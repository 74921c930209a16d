/** The content side's typed client for the background protocol (the one shared messenger). */
export { sendToBackground } from '@/lib/messaging/background-messenger';
