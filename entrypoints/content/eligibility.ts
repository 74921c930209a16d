/**
 * Which focused elements Selfkind may read (DESIGN.md "Skip"). Runs in the small always-on script,
 * so it stays dependency-free and cheap: only called on focusin.
 */

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** Credentials, one-time codes and payment fields, by `autocomplete` token. */
const PRIVATE_AUTOCOMPLETE =
  /(^|\s)(current-password|new-password|one-time-code|username|cc-[a-z-]+|webauthn)(\s|$)/i;

/** Code editors keep their own text model; their fields are skipped. */
const CODE_EDITOR_SELECTOR = '.cm-editor, .cm-content, .CodeMirror, .monaco-editor, .ace_editor';

/** The editable root Draft.js renders. */
const DRAFT_ROOT = '.public-DraftEditor-content';

const OPT_OUT_SELECTOR =
  '[data-selfkind="off"], [data-gramm="false"], [data-gramm_editor="false"], [data-enable-grammarly="false"]';

/** The editable root for an event target: the textarea/input itself or the outermost contenteditable. */
export function editableRootOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return target;
  if (!target.isContentEditable) return null;
  let root: HTMLElement = target;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** `closest()` that also climbs out of shadow roots into their hosts. */
export function closestComposed(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const match = node.closest(selector);
    if (match) return match;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Why a field is skipped, or null when Selfkind may check it. */
export function skipReason(field: HTMLElement): string | null {
  if (field instanceof HTMLInputElement) {
    if (!TEXT_INPUT_TYPES.has(field.getAttribute('type')?.toLowerCase() ?? '')) return 'type';
    if (field.readOnly || field.disabled) return 'read-only';
  } else if (field instanceof HTMLTextAreaElement) {
    if (field.readOnly || field.disabled) return 'read-only';
  } else if (!field.isContentEditable) {
    return 'not editable';
  }
  if (
    field.getAttribute('aria-readonly') === 'true' ||
    field.getAttribute('aria-disabled') === 'true'
  )
    return 'read-only';
  if (PRIVATE_AUTOCOMPLETE.test(field.getAttribute('autocomplete') ?? '')) return 'private';
  if (closestComposed(field, OPT_OUT_SELECTOR)) return 'opted out';
  // spellcheck is inherited: the nearest element that sets it decides. Draft.js writes spellcheck="false" on
  // its editor unless the app asks otherwise, so on Draft's own root it is a library default, not an opt-out.
  const spellcheck = closestComposed(field, '[spellcheck]');
  if (spellcheck?.getAttribute('spellcheck') === 'false' && !spellcheck.matches(DRAFT_ROOT))
    return 'no spellcheck';
  if (closestComposed(field, CODE_EDITOR_SELECTOR)) return 'code editor';
  if (field.hidden || field.getClientRects().length === 0) return 'hidden';
  return null;
}

export function isEligibleField(field: HTMLElement): boolean {
  return skipReason(field) === null;
}
