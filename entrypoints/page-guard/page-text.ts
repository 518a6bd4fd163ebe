/**
 * The text the guard tests for candidate terms: the browser's own `textContent` of the page and of
 * the open shadow roots in it. Native and cheap, where walking the page's text nodes from script
 * costs a few ms on a 10,000-word page (measured: about 6 ms in the isolated world against well under
 * 1 ms for textContent; docs/architecture.md, Decision 2), because each node gets a wrapper in this world. The price: the text of two
 * blocks is joined with nothing between ("jane_doe" + "MS fatigue" reads "jane_doeMS fatigue"),
 * so the candidate patterns do not ask for word boundaries a join could take away
 * (build/compile-candidates.ts). It also holds script and style text: a false "maybe" only costs
 * loading the next stage, which reads the page properly (page-text/text-segments.ts).
 */

const SHOW_ELEMENT = 0x1;

/** The text of the page's body (or root) element. */
export function documentText(): string {
  return (document.body ?? document.documentElement).textContent ?? '';
}

/** Every open shadow root under `root`, nested ones too: textContent does not enter them. */
export function openShadowRoots(root: Node): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const walker = document.createTreeWalker(root, SHOW_ELEMENT);
  for (let element = walker.nextNode() as Element | null; element; element = walker.nextNode() as Element | null) {
    const shadow = element.shadowRoot;
    if (shadow) roots.push(shadow, ...openShadowRoots(shadow));
  }
  return roots;
}
