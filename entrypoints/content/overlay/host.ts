/**
 * Selfkind's one UI host per frame: created when an eligible field is first focused (never when a
 * finding appears, so its arrival reveals nothing), styled once, never changed afterwards. Its shadow
 * root is closed, and events from inside it do not bubble out into the page. The host is ours: if the
 * page removes, moves or restyles it, a fresh one takes its place.
 */
import { CARD_CSS } from '@/components/card/styles';
import type { TextMirror } from '../adapters/text-mirror';

export interface OverlayHost {
  /** The current host element (a fresh one after the page tampered with the last). */
  readonly host: HTMLElement;
  /** Where the Preact layer renders. */
  readonly mount: HTMLElement;
  /** The closed shadow root (focus queries: `shadow.activeElement`). */
  readonly shadow: ShadowRoot;
}

export const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; overflow: visible !important; ' +
  'z-index: 2147483647 !important; pointer-events: none !important; display: block !important;';

/** Events that would tell the page someone is using our UI; stopped at the shadow boundary. */
const CONTAINED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseover',
  'mouseout',
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'focusout',
  'input',
  'beforeinput',
  'wheel',
  'touchstart',
  'touchend',
] as const;

/** A page that keeps tearing the host down gets a fresh one this many times a second at most. */
const MAX_REBUILDS_PER_SECOND = 10;

interface Parts {
  host: HTMLElement;
  mount: HTMLElement;
  shadow: ShadowRoot;
  events: AbortController;
}

function build(document: Document, signal: AbortSignal, mirror: TextMirror): Parts {
  const host = document.createElement('selfkind-ui');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  const mount = document.createElement('div');
  const mirrorRoot = document.createElement('div');
  mirrorRoot.className = 'mirror-root';
  shadow.append(style, mount, mirrorRoot);
  mirror.placeIn(mirrorRoot);
  const events = new AbortController();
  const both = AbortSignal.any([signal, events.signal]);
  for (const type of CONTAINED_EVENTS) {
    shadow.addEventListener(type, (event) => event.stopPropagation(), { signal: both });
  }
  // A host left behind by an older version whose script the browser unloaded without letting it clean up
  // (Firefox does this on an update) would show a dead leaf forever.
  for (const stale of document.documentElement.querySelectorAll(':scope > selfkind-ui'))
    stale.remove();
  document.documentElement.appendChild(host);
  return { host, mount, shadow, events };
}

/** Still ours: in place under <html>, with the style we gave it and nothing else. */
function intact(document: Document, host: HTMLElement): boolean {
  return (
    host.parentNode === document.documentElement &&
    host.getAttribute('style') === HOST_STYLE &&
    host.attributes.length === 1
  );
}

/**
 * `mirror` is placed in the host (and in every fresh one); `onRebuilt` runs after a fresh host replaced one the
 * page tampered with (redraw into it).
 */
export function createOverlayHost(
  document: Document,
  signal: AbortSignal,
  mirror: TextMirror,
  onRebuilt: () => void = () => undefined,
): OverlayHost {
  let parts = build(document, signal, mirror);
  let rebuilds: number[] = [];
  const watcher = new MutationObserver(() => {
    if (signal.aborted || intact(document, parts.host)) return;
    const now = performance.now();
    rebuilds = rebuilds.filter((at) => now - at < 1000);
    if (rebuilds.length >= MAX_REBUILDS_PER_SECOND) return;
    rebuilds.push(now);
    parts.events.abort();
    parts.host.remove();
    parts = build(document, signal, mirror);
    watch();
    onRebuilt();
  });
  const watch = () => {
    watcher.disconnect();
    watcher.observe(document.documentElement, { childList: true });
    watcher.observe(parts.host, { attributes: true });
  };
  watch();
  signal.addEventListener('abort', () => {
    watcher.disconnect();
    parts.host.remove();
  });
  return {
    get host() {
      return parts.host;
    },
    get mount() {
      return parts.mount;
    },
    get shadow() {
      return parts.shadow;
    },
  };
}
