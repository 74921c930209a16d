/**
 * Reads Selfkind's UI from the DOM through CDP (closed shadow roots and frames included) rather than the
 * accessibility tree, where that tree would get in the way: its marks, which it has no role for, and the
 * indicator while a huge field is measured (keeping an accessibility tree of a 100,000-word field costs the
 * page hundreds of milliseconds per change, which would swamp what is measured).
 */
import type { CDPSession, Frame } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** Every node of the page, through shadow roots (closed ones too) and frames. */
async function allNodes(cdp: CDPSession): Promise<DomNode[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const nodes: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    nodes.push(node);
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    if (node.contentDocument) stack.push(node.contentDocument);
  }
  return nodes;
}

const attribute = (node: DomNode, name: string): string | undefined => {
  const at = node.attributes?.indexOf(name) ?? -1;
  return at >= 0 ? node.attributes![at + 1] : undefined;
};

export async function indicatorInDom(cdp: CDPSession): Promise<boolean> {
  return (await allNodes(cdp)).some(
    (node) => node.nodeName === 'BUTTON' && /^Selfkind/.test(attribute(node, 'aria-label') ?? ''),
  );
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function markBoxes(cdp: CDPSession): Promise<Box[]> {
  const marks = (await allNodes(cdp))
    .filter((node) => attribute(node, 'class')?.split(' ').includes('mark'))
    .map((node) => node.backendNodeId);
  const boxes: Box[] = [];
  for (const backendNodeId of marks) {
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
    const [x1, y1, , , x3, y3] = model.border;
    boxes.push({ x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! });
  }
  return boxes;
}

/**
 * The word under each mark's centre, as the browser itself hit-tests the page (`caretPositionFromPoint`,
 * inside open shadow roots too), independently of how Selfkind measured it. Marks of other frames are
 * ignored: `frame` is the one holding the field.
 */
export async function wordsUnderMarks(cdp: CDPSession, frame: Frame): Promise<string[]> {
  let boxes = await markBoxes(cdp);
  const frameElement = frame.parentFrame() ? await frame.frameElement() : null;
  if (frameElement) {
    // Box models are in the top page's coordinates; the frame hit-tests in its own.
    const origin = await frameElement.evaluate((node) => {
      const el = node as HTMLIFrameElement;
      const r = el.getBoundingClientRect();
      return {
        x: r.left + el.clientLeft,
        y: r.top + el.clientTop,
        w: el.clientWidth,
        h: el.clientHeight,
      };
    });
    boxes = boxes
      .map((b) => ({ ...b, x: b.x - origin.x, y: b.y - origin.y }))
      .filter((b) => b.x >= 0 && b.y >= 0 && b.x < origin.w && b.y < origin.h);
  }
  return frame.evaluate(
    (points) => {
      const shadowRoots = Array.from(document.querySelectorAll('*'))
        .map((el) => el.shadowRoot)
        .filter((root): root is ShadowRoot => root !== null);
      return points.map(({ x, y }) => {
        const caret = document.caretPositionFromPoint(x, y, { shadowRoots });
        const node = caret?.offsetNode;
        const text =
          node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement
            ? node.value
            : node instanceof Text
              ? node.data
              : null;
        if (text === null || !caret) return '';
        let start = caret.offset;
        let end = caret.offset;
        while (start > 0 && /\S/.test(text[start - 1]!)) start--;
        while (end < text.length && /\S/.test(text[end]!)) end++;
        return text.slice(start, end);
      });
    },
    boxes.map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })),
  );
}
