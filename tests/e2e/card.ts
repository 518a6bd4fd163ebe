/**
 * Our card, reached the way only a privileged test can. The card lives in a CLOSED shadow root on a
 * host with a random tag name, so neither the page nor Playwright's locators see inside it
 * (Playwright's CSS and role selectors pierce open roots only). Chromium's DevTools protocol does:
 * `DOM.getDocument` with `pierce` reports closed roots too. We find the host whose closed root holds
 * `.pm-popover`, hand that root to its frame's main world under a variable name, and query it from
 * there with ordinary Playwright handles. Nothing here asks the extension for help.
 *
 * Frames: the page's CDP session covers every frame in the page's renderer process, which includes
 * same-site frames (127.0.0.1 on another port is the same site). A cross-site frame (127.0.0.2, say)
 * is an out-of-process iframe: the page's session does not see into it, but it has a session of its
 * own (`context.newCDPSession(frame)`), which `sessionFor` opens. Tried in Chromium 156.
 */
import type { CDPSession, ElementHandle, Frame, Page } from 'playwright-core';
import { runAxe, type AxeReport } from './harness';

/** The main-world variable the helpers below read the card's shadow root from. */
const CARD_ROOT_VARIABLE = '__testCardRoot';

type Target = Page | Frame;

/** The part of CDP's DOM.Node this file reads. */
interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Target, Promise<CDPSession>>();

const pageOf = (target: Target): Page => ('mainFrame' in target ? target : target.page());

/** The CDP session that sees `target`'s document: its own for an out-of-process frame, else the page's. */
function sessionFor(target: Target): Promise<CDPSession> {
  let session = sessions.get(target);
  if (!session) {
    const page = pageOf(target);
    const isChildFrame = !('mainFrame' in target) && target !== page.mainFrame();
    session = isChildFrame ? page.context().newCDPSession(target).catch(() => sessionFor(page)) : page.context().newCDPSession(page);
    sessions.set(target, session);
  }
  return session;
}

const hasClass = (node: DomNode, name: string) => {
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === 'class' && attributes[i + 1].split(/\s+/).includes(name)) return true;
  return false;
};

function contains(node: DomNode, test: (node: DomNode) => boolean): boolean {
  return test(node) || (node.children ?? []).some((child) => contains(child, test));
}

/** Closed shadow roots holding a `.pm-popover`, in every document the session sees (frames included). */
function cardRoots(node: DomNode, found: DomNode[] = []): DomNode[] {
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType === 'closed' && contains(root, (inner) => hasClass(inner, 'pm-popover'))) found.push(root);
    cardRoots(root, found);
  }
  for (const child of node.children ?? []) cardRoots(child, found);
  if (node.contentDocument) cardRoots(node.contentDocument, found);
  return found;
}

async function findCardRoots(target: Target): Promise<{ session: CDPSession; roots: DomNode[] }> {
  const session = await sessionFor(target);
  const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
  return { session, roots: cardRoots(root) };
}

/** How many card hosts (hosts of a closed root holding our popover) the page has, in all its same-process frames. */
export async function cardHostCount(target: Target): Promise<number> {
  return (await findCardRoots(target)).roots.length;
}

/**
 * Stores the card's shadow root in `variable` of its frame's main world and returns the host, or
 * null while no card host exists (it is created when the first card opens).
 */
export async function exposeCardRoot(target: Target, variable = CARD_ROOT_VARIABLE): Promise<ElementHandle<Element> | null> {
  const { session, roots } = await findCardRoots(target);
  for (const root of roots) {
    // Resolved in the main world of the root's own frame, so each frame gets its own card's root.
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function (name) { window[name] = this; }',
      arguments: [{ value: variable }],
    });
    await session.send('Runtime.releaseObject', { objectId: object.objectId! });
  }
  return cardHostIfExposed(target, variable);
}

async function cardHostIfExposed(target: Target, variable: string): Promise<ElementHandle<Element> | null> {
  const handle = await target.evaluateHandle((name) => {
    const root = (window as unknown as Record<string, ShadowRoot | undefined>)[name];
    return root && root.host.isConnected ? root.host : null;
  }, variable);
  return handle.asElement();
}

/** The card host (the element the page sees), or null while there is none. */
export async function cardHost(target: Target): Promise<ElementHandle<Element> | null> {
  return (await cardHostIfExposed(target, CARD_ROOT_VARIABLE)) ?? exposeCardRoot(target);
}

/** The first element matching `selector` inside the card's shadow root, or null. */
async function queryCard(target: Target, selector: string): Promise<ElementHandle<HTMLElement> | null> {
  if (!(await cardHost(target))) return null;
  const handle = await target.evaluateHandle(
    ([name, selector]) => (window as unknown as Record<string, ShadowRoot>)[name].querySelector<HTMLElement>(selector),
    [CARD_ROOT_VARIABLE, selector] as const,
  );
  return handle.asElement() as ElementHandle<HTMLElement> | null;
}

/** How many elements inside the card match `selector` (0 while no card host exists). */
export async function cardCount(target: Target, selector = '.pm-card'): Promise<number> {
  if (!(await cardHost(target))) return 0;
  return target.evaluate(([name, selector]) => (window as unknown as Record<string, ShadowRoot>)[name].querySelectorAll(selector).length, [CARD_ROOT_VARIABLE, selector] as const);
}

/** Waits until an element matching `selector` is inside the card, and returns it. */
export async function cardElement(target: Target, selector = '.pm-card', timeout = 5_000): Promise<ElementHandle<HTMLElement>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const element = await queryCard(target, selector);
    if (element) return element;
    if (Date.now() > deadline) throw new Error(`no "${selector}" inside the card within ${timeout} ms (card hosts: ${await cardHostCount(target)})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The rendered text of the card (or of `selector` inside it), once it is there. */
export async function cardText(target: Target, selector = '.pm-card'): Promise<string> {
  return (await cardElement(target, selector)).innerText();
}

/** An attribute of `selector` inside the card, or null while there is no such element (for expect.poll). */
export async function cardAttribute(target: Target, selector: string, name: string): Promise<string | null> {
  return (await queryCard(target, selector))?.getAttribute(name) ?? null;
}

/** Where `selector` inside the card is on screen, once it is there. */
export async function cardBox(target: Target, selector = '.pm-card'): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await (await cardElement(target, selector)).boundingBox();
  if (!box) throw new Error(`"${selector}" inside the card is not rendered`);
  return box;
}

/**
 * Clicks the card's button whose accessible name is `name` (its aria-label, else its text), with a
 * real pointer click where the button is on screen.
 */
export async function clickCardButton(target: Target, name: string): Promise<void> {
  await cardElement(target, 'button');
  const button = (
    await target.evaluateHandle(
      ([variable, name]) => {
        for (const candidate of (window as unknown as Record<string, ShadowRoot>)[variable].querySelectorAll('button')) {
          if ((candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name) return candidate;
        }
        return null;
      },
      [CARD_ROOT_VARIABLE, name] as const,
    )
  ).asElement();
  if (!button) throw new Error(`no button "${name}" in the card`);
  await button.click();
}

/** What has focus: whether the page's focus is on the card host, and the element focused inside the card. */
export async function cardFocus(target: Target): Promise<{ hostFocused: boolean; tag: string | null; role: string | null; labelledBy: string | null; name: string | null }> {
  const host = await cardHost(target);
  if (!host) return { hostFocused: false, tag: null, role: null, labelledBy: null, name: null };
  return target.evaluate(
    ([host, variable]) => {
      const active = (window as unknown as Record<string, ShadowRoot>)[variable].activeElement;
      return {
        hostFocused: document.activeElement === host,
        tag: active?.tagName.toLowerCase() ?? null,
        role: active?.getAttribute('role') ?? null,
        labelledBy: active?.getAttribute('aria-labelledby') ?? null,
        name: active ? (active.getAttribute('aria-label') ?? active.textContent?.trim() ?? null) : null,
      };
    },
    [host, CARD_ROOT_VARIABLE] as const,
  );
}

/** The names of the dialogs in the page's accessibility tree, as a screen reader gets them (closed roots included). */
export async function dialogNames(page: Page): Promise<string[]> {
  const session = await sessionFor(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodes } = await session.send('Accessibility.queryAXTree', { backendNodeId: root.backendNodeId, role: 'dialog' });
  return nodes.map((node) => String(node.name?.value ?? ''));
}

/**
 * axe-core on the card alone. axe walks shadow trees through `element.shadowRoot`, which is null for
 * a closed root: for the run, the host gets an own `shadowRoot` property returning the real root
 * (a main-world JS property: no DOM change the page or the extension could observe).
 */
export async function runAxeOnCard(page: Page): Promise<AxeReport> {
  const host = await cardHost(page);
  if (!host) throw new Error('no card host to check');
  const tag = await host.evaluate((element, variable) => {
    Object.defineProperty(element, 'shadowRoot', { configurable: true, get: () => (window as unknown as Record<string, ShadowRoot>)[variable] });
    return element.localName;
  }, CARD_ROOT_VARIABLE);
  try {
    const report = await runAxe(page, tag);
    // Without the shim axe checks nothing inside the host and finds no violation: make sure it saw the card.
    const seenByAxe = await host.evaluate((element) => {
      type Virtual = { actualNode: Node; children: Virtual[] };
      const axe = (window as unknown as { axe: { utils: { getFlattenedTree: (node: Node) => Virtual[] } } }).axe;
      const count = (nodes: Virtual[]): number => nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);
      return count(axe.utils.getFlattenedTree(element));
    });
    if (seenByAxe < 10) throw new Error(`axe saw only ${seenByAxe} nodes in the card host`);
    return report;
  } finally {
    await host.evaluate((element) => delete (element as { shadowRoot?: unknown }).shadowRoot);
  }
}
