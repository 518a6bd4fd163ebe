/**
 * The text the guard tests for candidate terms: every text node under a root, in order, including
 * open shadow roots, read a slice at a time so a huge page never holds the main thread. Far
 * cheaper than the marks stage's reading (lib/page/text-segments.ts): no hidden-element or
 * form-field checks, because a false "maybe" only costs loading the next stage, which reads the
 * page properly. Text nodes of different blocks are joined by a space, so a term that starts a
 * block is still a word ("12" + "MS" reads "12 MS", not "12MS"); nodes inside one line are joined
 * as they are, so "<b>hazard</b> ratio" stays one phrase.
 */
import { SKIPPED_TAGS, isInlineTag } from '../../lib/page/text-segments';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const TEXT_NODE = 3;
/** Nodes read between two looks at the clock. */
const NODES_PER_CHECK = 256;

/** Whether the boundary between two text nodes is inside one line of text. */
function sameLine(previous: Text, next: Text): boolean {
  const a = previous.parentNode;
  const b = next.parentNode;
  return a === b || (a !== null && isInlineTag(a.nodeName)) || (b !== null && isInlineTag(b.nodeName));
}

export class PageTextReader {
  /** One walker per tree: the root's, then each open shadow root's while inside it. */
  private readonly walkers: TreeWalker[];
  private previous: Text | undefined;

  constructor(root: Node) {
    this.walkers = [this.walkerFor(root)];
  }

  get done(): boolean {
    return this.walkers.length === 0;
  }

  /** Reads on until `outOfTime()` says stop or the tree ends; returns the text read this time. */
  read(outOfTime: () => boolean): string {
    const parts: string[] = [];
    for (let count = 1; this.walkers.length > 0; count++) {
      if (count % NODES_PER_CHECK === 0 && outOfTime()) break;
      const walker = this.walkers[this.walkers.length - 1];
      const node = walker.nextNode();
      if (!node) {
        this.walkers.pop();
        continue;
      }
      if (node.nodeType !== TEXT_NODE) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) {
          this.walkers.push(this.walkerFor(shadow));
          this.previous = undefined;
          parts.push(' ');
        }
        continue;
      }
      const text = node as Text;
      const parent = text.parentNode;
      if (parent !== null && SKIPPED_TAGS.has(parent.nodeName)) continue;
      if (this.previous && !sameLine(this.previous, text)) parts.push(' ');
      parts.push(text.data);
      this.previous = text;
    }
    return parts.join('');
  }

  private walkerFor(root: Node): TreeWalker {
    const document = root.ownerDocument ?? (root as Document);
    return document.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  }
}

/** All the text under `node` at once: for the small subtrees a changing page adds. */
export function textUnder(node: Node): string {
  if (node.nodeType === TEXT_NODE) return (node as Text).data;
  return new PageTextReader(node).read(() => false);
}
