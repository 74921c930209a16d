import { toBackground } from '../popup/messaging';

export type HandoffResult =
  { status: 'none' } | { status: 'expired' } | { status: 'ready'; text: string };

type Take = (token: string) => Promise<{ text: string } | null>;
const takeFromBackground: Take = (token) => toBackground.sendMessage('takeHandoff', { token });

/** The token in '#<token>' (letters, digits and dashes only), or ''. */
export function tokenFromHash(hash: string): string {
  const token = hash.replace(/^#/, '');
  return /^[A-Za-z0-9-]{1,100}$/.test(token) ? token : '';
}

/**
 * Takes the text handed to this page (kept in the background's memory only, taken once).
 * A missing answer or an unreachable background counts as expired.
 */
export async function takeHandoff(
  hash: string,
  take: Take = takeFromBackground,
): Promise<HandoffResult> {
  const token = tokenFromHash(hash);
  if (!token) return { status: 'none' };
  try {
    const answer = await take(token);
    return answer && typeof answer.text === 'string' && answer.text.trim()
      ? { status: 'ready', text: answer.text }
      : { status: 'expired' };
  } catch {
    return { status: 'expired' };
  }
}
