/**
 * Selfkind's one UI host per frame: created when an eligible field is first focused (never when a
 * finding appears, so its arrival reveals nothing), styled once, never changed afterwards. Its shadow
 * root is closed, and events from inside it do not bubble out into the page.
 */
import { CARD_CSS } from '@/components/card/styles';
import { setMirrorParent } from '../adapters/text-mirror';

export interface OverlayHost {
  host: HTMLElement;
  /** Where the Preact layer renders. */
  mount: HTMLElement;
  /** The closed shadow root (focus queries: `shadow.activeElement`). */
  shadow: ShadowRoot;
}

const HOST_STYLE =
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

export function createOverlayHost(document: Document, signal: AbortSignal): OverlayHost {
  const host = document.createElement('selfkind-ui');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  const mount = document.createElement('div');
  const mirrorRoot = document.createElement('div');
  mirrorRoot.className = 'mirror-root';
  shadow.append(style, mount, mirrorRoot);
  setMirrorParent(mirrorRoot);
  for (const type of CONTAINED_EVENTS) {
    shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
  document.documentElement.appendChild(host);
  signal.addEventListener('abort', () => host.remove());
  return { host, mount, shadow };
}
