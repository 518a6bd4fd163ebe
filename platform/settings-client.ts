/**
 * Changing settings from the extension's own pages (popup, options): the background writes them
 * (platform/settings-writer.ts) and answers what it did, or why it could not.
 */
import { browser } from 'wxt/browser';
import { SaveResult, type Request } from '../lib/messages';
import type { Settings } from '../lib/settings/schema';

async function ask(request: Request): Promise<SaveResult> {
  try {
    const parsed = SaveResult.safeParse(await browser.runtime.sendMessage(request));
    return parsed.success ? parsed.data : { ok: false, reason: 'Plainly MS did not answer as expected.' };
  } catch {
    // The background was restarting or the extension was reloaded.
    return { ok: false, reason: 'Plainly MS was restarting. Try again in a moment.' };
  }
}

export const saveSettings = (settings: Settings) => ask({ type: 'save-settings', settings });
export const updateSettings = (change: Partial<Omit<Settings, 'version'>>) => ask({ type: 'update-settings', change });
