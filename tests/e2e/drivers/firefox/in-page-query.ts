/**
 * Runs inside the page, in puppeteer's isolated world (the page's scripts never see it): resolves a
 * locator chain the way Playwright does for the parts our tests use. CSS pierces open shadow roots,
 * roles and names come from dom-accessibility-api, hidden elements are left out of role queries.
 * Bundled by esbuild into a custom query handler (see query-handler.ts).
 */
import { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';
import type { QueryStep, TextMatch } from './query-steps';

// Called unbound, window.getComputedStyle throws in Firefox's sandboxes: always call it on a window.
const styleOptions = {
  getComputedStyle: (element: Element, pseudo?: string) =>
    element.ownerDocument.defaultView!.getComputedStyle(element, pseudo),
};

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function matches(value: string, match: TextMatch): boolean {
  const text = normalize(value);
  if ('source' in match) return new RegExp(match.source, match.flags).test(text);
  if (match.exact) return text === normalize(match.text);
  return text.toLowerCase().includes(normalize(match.text).toLowerCase());
}

/** Every element under `root`, through open shadow roots, in document order. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of Array.from(node.children)) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  const host = root as Element;
  if (host.shadowRoot) walk(host.shadowRoot);
  walk(root);
  return out;
}

function deepQuery(root: ParentNode, selector: string): Element[] {
  return deepElements(root).filter((el) => el.matches(selector));
}

function isVisible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden';
}

function roleOf(el: Element): string | null {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = el.localName;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (tag === 'input' && type === 'checkbox') return 'checkbox';
  if (tag === 'input' && type === 'radio') return 'radio';
  if (tag === 'input' && type === 'range') return 'slider';
  if (tag === 'input' && type === 'number') return 'spinbutton';
  if (tag === 'input' && type === 'search') return 'searchbox';
  if (tag === 'th' && el.getAttribute('scope') === 'row') return 'rowheader';
  if (tag === 'section' && !el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby'))
    return null;
  return getRole(el);
}

function levelOf(el: Element): number | undefined {
  const aria = el.getAttribute('aria-level');
  if (aria) return Number(aria);
  const match = /^h([1-6])$/.exec(el.localName);
  return match ? Number(match[1]) : undefined;
}

function checkedOf(el: Element): boolean {
  if (el.localName === 'input') return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true';
}

function ownText(el: Element): string {
  if (
    el.localName === 'input' &&
    ['button', 'submit', 'reset'].includes((el as HTMLInputElement).type)
  )
    return (el as HTMLInputElement).value;
  return el.textContent ?? '';
}

function labelTexts(el: Element): string[] {
  const texts: string[] = [];
  const labels = (el as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) texts.push(label.textContent ?? '');
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    texts.push(
      labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' '),
    );
  }
  const aria = el.getAttribute('aria-label');
  if (aria) texts.push(aria);
  return texts;
}

const SKIPPED_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

function step(elements: Element[], query: QueryStep): Element[] {
  switch (query.kind) {
    case 'css':
      return unique(elements.flatMap((el) => deepQuery(el, query.selector)));
    case 'role':
      return unique(elements.flatMap((el) => [el, ...deepElements(el)])).filter(
        (el) =>
          roleOf(el) === query.role &&
          !isInaccessible(el, styleOptions) &&
          (query.level === undefined || levelOf(el) === query.level) &&
          (query.checked === undefined || checkedOf(el) === query.checked) &&
          (query.name === undefined ||
            matches(computeAccessibleName(el, styleOptions), query.name)),
      );
    case 'text': {
      const all = unique(elements.flatMap((el) => [el, ...deepElements(el)])).filter(
        (el) => !SKIPPED_TEXT.has(el.localName) && matches(ownText(el), query.match),
      );
      // The innermost elements whose own text matches, as Playwright's getByText picks.
      return all.filter(
        (el) => !Array.from(el.children).some((child) => matches(ownText(child), query.match)),
      );
    }
    case 'label':
      return unique(elements.flatMap((el) => [el, ...deepElements(el)])).filter((el) =>
        labelTexts(el).some((text) => matches(text, query.match)),
      );
    case 'testid':
      return unique(elements.flatMap((el) => deepQuery(el, `[data-testid="${query.id}"]`)));
    case 'nth': {
      const at = query.index < 0 ? elements.length + query.index : query.index;
      return elements[at] ? [elements[at]] : [];
    }
    case 'hasText':
      return elements.filter((el) => matches(el.textContent ?? '', query.match));
  }
}

function unique(elements: Element[]): Element[] {
  return Array.from(new Set(elements));
}

export function queryAll(root: Node, json: string): Element[] {
  const steps = JSON.parse(json) as QueryStep[];
  const doc = root.ownerDocument ?? (root as Document);
  let elements: Element[] = [root.nodeType === 1 ? (root as Element) : doc.documentElement];
  let first = true;
  for (const query of steps) {
    // The first step searches the whole document (the root element itself included).
    elements =
      first && query.kind === 'css' ? deepQuery(doc, query.selector) : step(elements, query);
    first = false;
  }
  return elements;
}

export { isVisible };
