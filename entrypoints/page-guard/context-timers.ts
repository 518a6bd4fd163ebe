/**
 * Timers that stop with WXT's content-script context, without its per-call cost: WXT's
 * ctx.setTimeout, ctx.requestIdleCallback and ctx.requestAnimationFrame each add an abort listener
 * that is never removed, so a page that changes every second, or a pointer moving over it, would
 * collect listeners for as long as it is open. Here each callback asks the context instead, when it
 * runs: after an update or reload it does nothing (and isValid notices a reloaded extension).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ContextTimers {
  setTimeout(run: () => void, delayMs: number): number;
  requestIdleCallback(run: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  requestAnimationFrame(run: () => void): number;
}

export function contextTimers(ctx: ContentScriptContext): ContextTimers {
  return {
    setTimeout: (run, delayMs) => window.setTimeout(() => ctx.isValid && run(), delayMs),
    requestIdleCallback: (run, options) => window.requestIdleCallback((deadline) => ctx.isValid && run(deadline), options),
    requestAnimationFrame: (run) => window.requestAnimationFrame(() => ctx.isValid && run()),
  };
}
