/**
 * Whether Plainly MS reads a page, from the person's settings. Imports only the schema's type: the
 * first stage on every page needs this, and that stage carries no zod.
 */
import type { Settings } from './schema';
import { siteAllowed } from './site-rules';

/** The settings this decision reads: what the background's checked snapshot must carry. */
export type RunSettings = Pick<Settings, 'paused' | 'runMode' | 'neverOnSites' | 'onlyOnSites'>;

/**
 * Whether the extension should mark terms on a page at `host`; `clicked` says whether the person
 * opened the toolbar button on this page (needed in "on-click" mode).
 */
export function runsOn(settings: RunSettings, host: string, clicked = false): boolean {
  if (settings.paused) return false;
  if (settings.runMode === 'on-click' && !clicked) return false;
  return siteAllowed(settings, host);
}
