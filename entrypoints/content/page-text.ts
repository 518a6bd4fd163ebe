/**
 * Reads the page's text without touching it: text nodes grouped into segments, one per block of
 * text, so that a phrase split by inline elements ("<b>hazard</b> ratio") is one string to match.
 * Skips what a person does not read as page text or must not be marked: scripts, styles, form
 * fields, editable areas and our own card.
 */
export interface TextSegment {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

/** Elements that flow inside a line: their text joins the text around them. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'KBD', 'LABEL',
  'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/** Elements whose text is never marked. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'OBJECT',
  'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

export class TextCollector {
  /** Memo per element: the block it belongs to, or null when its text is skipped. */
  private readonly blockOf = new WeakMap<Element, Element | null>();

  constructor(private readonly isOwnUi: (element: Element) => boolean) {}

  /** The block element a text node's line belongs to, or null if the node must not be scanned. */
  blockFor(node: Text): Element | null {
    const parent = node.parentElement;
    return parent ? this.resolve(parent) : null;
  }

  /** The block an element's text belongs to: itself for a block, its container for an inline element. */
  blockOfElement(element: Element): Element | null {
    return this.resolve(element);
  }

  private resolve(element: Element): Element | null {
    const known = this.blockOf.get(element);
    if (known !== undefined) return known;
    let answer: Element | null;
    if (SKIPPED_TAGS.has(element.tagName) || this.isOwnUi(element) || (element instanceof HTMLElement && element.isContentEditable)) {
      answer = null;
    } else {
      const parent = element.parentElement;
      const parentBlock = parent ? this.resolve(parent) : element;
      if (parent && parentBlock === null) answer = null;
      else answer = INLINE_TAGS.has(element.tagName) && parentBlock ? parentBlock : element;
    }
    this.blockOf.set(element, answer);
    return answer;
  }

  /**
   * Walks `root` and yields its segments one at a time, so the caller can pause between them.
   * A segment ends where the block changes.
   */
  *segments(root: Node): Generator<TextSegment> {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let current: { block: Element; segment: TextSegment } | undefined;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      if (data.length === 0) continue;
      const block = this.blockFor(node);
      if (!block) continue;
      if (current && current.block !== block) {
        yield current.segment;
        current = undefined;
      }
      if (!current) current = { block, segment: { nodes: [], starts: [], text: '' } };
      current.segment.nodes.push(node);
      current.segment.starts.push(current.segment.text.length);
      current.segment.text += data;
    }
    if (current) yield current.segment;
  }
}

/** The text node and offset inside it for a segment offset (binary search over node starts). */
export function locate(segment: TextSegment, offset: number, isEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = segment;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    // An end offset that falls exactly on a node boundary belongs to the node before it.
    if (starts[mid] < offset || (!isEnd && starts[mid] === offset)) low = mid;
    else high = mid - 1;
  }
  return { node: nodes[low], offset: offset - starts[low] };
}
