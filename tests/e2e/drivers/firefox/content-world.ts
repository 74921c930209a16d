/**
 * Functions run in the extension's content-script world of a tab's frames (`scripting.executeScript`
 * from the driver's extension page). Only there can a test reach into Selfkind's CLOSED shadow root in
 * Firefox (`openOrClosedShadowRoot`): BiDi has no accessibility tree and no DOM piercing. They are
 * serialised, so each is self-contained.
 */

export interface WorldNode {
  role: string;
  name: string;
  id: number;
  focused: boolean;
  nodeName: string;
  attributes: string[];
}

/**
 * Every node of Selfkind's UI in this frame (and the focused page element), or null in other frames.
 * `frameUrl`: null for the top frame, '*' for every frame, or the address of one frame.
 */
export function snapshotUi(frameUrl: string | null, withText: boolean): WorldNode[] | null {
  if (frameUrl === null ? window !== window.top : frameUrl !== '*' && location.href !== frameUrl)
    return null;
  type Registry = { ids: WeakMap<Node, number>; nodes: Map<number, WeakRef<Node>>; next: number };
  const g = globalThis as unknown as { selfkindTestIds?: Registry };
  const registry = (g.selfkindTestIds ??= {
    ids: new WeakMap(),
    nodes: new Map(),
    next: (crypto.getRandomValues(new Uint32Array(1))[0]! % 100_000) * 10_000 + 1,
  });
  const idOf = (node: Node) => {
    let id = registry.ids.get(node);
    if (id === undefined) {
      id = registry.next++;
      registry.ids.set(node, id);
      registry.nodes.set(id, new WeakRef(node));
    }
    return id;
  };
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const roots: ShadowRoot[] = [];
  for (const host of Array.from(document.querySelectorAll('selfkind-ui'))) {
    const root = (host as unknown as { openOrClosedShadowRoot?: ShadowRoot })
      .openOrClosedShadowRoot;
    if (root) roots.push(root);
  }
  const shown = (el: Element) =>
    el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden="true"]');
  const roleOf = (el: Element): string => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(/\s+/)[0]!;
    const tag = el.localName;
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (
      tag === 'textarea' ||
      (tag === 'input' && !/^(checkbox|radio|button|submit)$/.test((el as HTMLInputElement).type))
    )
      return 'textbox';
    if ((el as HTMLElement).isContentEditable) return 'textbox';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    // As Chromium's tree names them (HTML-AAM): edits shown as struck-through and inserted text.
    if (tag === 'del' || tag === 's') return 'deletion';
    if (tag === 'ins') return 'insertion';
    if (tag === 'input') return (el as HTMLInputElement).type;
    return '';
  };
  const nameOf = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const parts = labelledBy.split(/\s+/).map((id) => {
        const target = root.getElementById(id);
        return target?.getAttribute('aria-label') ?? target?.textContent ?? '';
      });
      return clean(parts.join(' '));
    }
    const label = el.getAttribute('aria-label');
    if (label) return clean(label);
    const role = roleOf(el);
    if (['button', 'link', 'heading', 'menuitem', 'tab', 'option'].includes(role))
      return clean(el.textContent ?? '');
    const labels = (el as HTMLInputElement).labels;
    if (labels?.length)
      return clean(
        Array.from(labels)
          .map((l) => l.textContent)
          .join(' '),
      );
    return clean(el.getAttribute('title') ?? '');
  };
  let focused: Element | null = document.activeElement;
  while (focused) {
    const inner: Element | null =
      (focused as unknown as { openOrClosedShadowRoot?: ShadowRoot }).openOrClosedShadowRoot
        ?.activeElement ?? null;
    if (!inner) break;
    focused = inner;
  }
  const nodes: WorldNode[] = [];
  const add = (el: Element) => {
    const attributes: string[] = [];
    for (const name of ['class', 'aria-label', 'role', 'href']) {
      const value = el.getAttribute(name);
      if (value !== null) attributes.push(name, value);
    }
    nodes.push({
      role: roleOf(el),
      name: nameOf(el),
      id: idOf(el),
      focused: el === focused,
      nodeName: el.nodeName,
      attributes,
    });
  };
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (!shown(el)) continue;
      add(el);
      if (!withText) continue;
      // Neighbouring text nodes read as one, as in Chromium's tree: Preact renders `{n} of {count}` as three.
      let run: ChildNode[] = [];
      const flush = () => {
        const text = clean(run.map((t) => t.textContent ?? '').join(''));
        if (text)
          nodes.push({
            role: 'StaticText',
            name: text,
            id: idOf(run[0]!),
            focused: false,
            nodeName: '#text',
            attributes: [],
          });
        run = [];
      };
      for (const child of Array.from(el.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE) run.push(child);
        else flush();
      }
      flush();
    }
  }
  if (focused && !roots.some((root) => root.contains(focused))) add(focused);
  return nodes;
}

/** A node's border box in the top page's viewport, scrolled into view first; null in other frames. */
export function boxOf(
  id: number,
  scroll: boolean,
): { x: number; y: number; width: number; height: number } | null {
  const g = globalThis as unknown as { selfkindTestIds?: { nodes: Map<number, WeakRef<Node>> } };
  const node = g.selfkindTestIds?.nodes.get(id)?.deref();
  if (!node) return null;
  let rect: DOMRect;
  if (node.nodeType === Node.TEXT_NODE) {
    const range = document.createRange();
    range.selectNodeContents(node);
    rect = range.getBoundingClientRect();
  } else {
    if (scroll) (node as Element).scrollIntoView({ block: 'nearest', inline: 'nearest' });
    rect = (node as Element).getBoundingClientRect();
  }
  let x = rect.left;
  let y = rect.top;
  for (let win: Window = window; win !== win.parent; win = win.parent) {
    const frame = win.frameElement;
    if (!frame) break;
    const outer = frame.getBoundingClientRect();
    x += outer.left + frame.clientLeft;
    y += outer.top + frame.clientTop;
  }
  return { x, y, width: rect.width, height: rect.height };
}
