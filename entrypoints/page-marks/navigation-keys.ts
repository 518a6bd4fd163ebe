/**
 * Alt+Shift+N / Alt+Shift+P: next and previous marked term on the page (also offered as browser
 * commands, which a person can rebind).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Direction } from './term-navigator';

const NAVIGATION_KEYS: Record<string, Direction> = { KeyN: 'next', KeyP: 'previous' };

/**
 * `hasTerms`: whether there is a term to go to now. Only a person's key, and only then: a page could
 * otherwise send itself the shortcut and read `defaultPrevented` to learn that Plainly MS is there.
 */
export function listenForNavigationKeys(ctx: ContentScriptContext, hasTerms: () => boolean, step: (direction: Direction) => void): void {
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      const direction = NAVIGATION_KEYS[event.code];
      if (!direction || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      if (!event.isTrusted || !hasTerms()) return;
      event.preventDefault(); // handled: the page must not also act on it
      step(direction);
    },
    { capture: true },
  );
}
