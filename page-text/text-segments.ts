/**
 * Reads a page's text without touching it: text nodes grouped into segments, one per block of
 * text, so that a phrase split by inline elements ("<b>hazard</b> ratio") is one string to match.
 * Skips what a person does not read as page text or must not be marked: scripts, styles, form
 * fields, editable areas, hidden elements and our own card. Walks into open shadow roots.
 *
 * Used by the content script on the live page and by the CLI scanner on pages parsed with linkedom,
 * so both see the same text. It uses only DOM interfaces reached through the nodes it is given
 * (no browser globals), which is what lets it run in Node.
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

/** Elements whose text is never marked (what people type, code that runs, media). */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'OBJECT',
  'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);

/**
 * Text a person is editing is theirs, not the page's: never marked. Read from the attribute (an
 * element's children inherit through the block walk), the same in the browser and in linkedom.
 * A document in designMode is editable as a whole: `segments` checks that once.
 */
function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && EDITABLE_VALUES.has(value.toLowerCase());
}

// NodeFilter constants, spelled out so no browser global is needed.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;

export class TextCollector {
  /** Memo per element: the block it belongs to, or null when its text is skipped. */
  private readonly blockOf = new WeakMap<Element, Element | null>();

  constructor(
    /** The tag name of our own UI's host (upper case), whose content is never page text. */
    private readonly ownUiTag: string | undefined,
    /** Told of every open shadow root found, so the caller can watch it for changes. */
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => undefined,
  ) {}

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
    // Each element is checked alone: what its ancestors are comes through the recursion below.
    const tag = element.tagName;
    if (SKIPPED_TAGS.has(tag) || tag === this.ownUiTag || isEditable(element) || element.hasAttribute('hidden')) {
      answer = null;
    } else {
      const parent = element.parentElement;
      const parentBlock = parent ? this.resolve(parent) : element;
      if (parent && parentBlock === null) answer = null;
      else answer = INLINE_TAGS.has(tag) && parentBlock ? parentBlock : element;
    }
    this.blockOf.set(element, answer);
    return answer;
  }

  /**
   * Walks `root` (and the open shadow roots inside it) and yields its segments one at a time, so
   * the caller can pause between them. A segment ends where the block changes.
   */
  *segments(root: Node): Generator<TextSegment> {
    const document = root.ownerDocument ?? (root as Document);
    if (document.designMode === 'on') return;
    const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    let current: { block: Element; segment: TextSegment } | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === ELEMENT_NODE) {
        const shadow = (node as Element).shadowRoot;
        if (shadow && (node as Element).tagName !== this.ownUiTag) {
          if (current) yield current.segment;
          current = undefined;
          this.onShadowRoot(shadow);
          yield* this.segments(shadow);
        }
        continue;
      }
      const text = node as Text;
      if (text.data.length === 0) continue;
      const block = this.blockFor(text);
      if (!block) continue;
      if (current && current.block !== block) {
        yield current.segment;
        current = undefined;
      }
      if (!current) current = { block, segment: { nodes: [], starts: [], text: '' } };
      current.segment.nodes.push(text);
      current.segment.starts.push(current.segment.text.length);
      current.segment.text += text.data;
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
