import { isHost } from '../../lib/storage/validate-settings';

export type HostInputResult =
  { ok: true; host: string } | { ok: false; reason: 'empty' | 'invalid' };

/**
 * Turns what people paste ("https://Mail.Example.com/inbox", "example.com:8080", "www.site.org")
 * into the hostname Selfkind compares against `location.hostname`.
 */
export function parseHostInput(input: string): HostInputResult {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { ok: false, reason: 'empty' };
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`)
      .hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  host = host.replace(/\.$/, '');
  const labels = host.split('.');
  const wellFormed =
    isHost(host) &&
    host.length > 0 &&
    (labels.length >= 2 || host === 'localhost') &&
    labels.every((label) => label.length > 0 && label.length <= 63 && !/^-|-$/.test(label));
  return wellFormed ? { ok: true, host } : { ok: false, reason: 'invalid' };
}
