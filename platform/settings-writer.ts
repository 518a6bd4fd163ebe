/**
 * The one writer of settings: used by the background only (tests/unit/layering.test.ts checks), so
 * pages, frames and extension pages never repair or overwrite a record themselves. Writes are
 * queued, each reads what is stored now, and a record a newer version wrote keeps its version and
 * the items this version does not know.
 */
import { browser } from 'wxt/browser';
import type { SaveResult } from '../lib/messages';
import { SETTINGS_VERSION, type Settings } from '../lib/settings/schema';
import { loadSettings } from '../lib/settings/repair';
import { SETTING_KEYS } from '../lib/settings/field-labels';
import { changesFor, layoutOf, onlyItemsOf, recordFrom } from '../lib/settings/stored-layout';
import { BACKUP_KEY, NOTICE_KEY, storedSettingsItems } from './settings-reader';

let queue: Promise<unknown> = Promise.resolve();

/** Runs writes one after another: two quick changes never read the same old record. */
function queued<T>(write: () => Promise<T>): Promise<T> {
  const done = queue.then(write, write);
  queue = done.catch(() => undefined);
  return done;
}

/** What the person is told when the browser refused a write (Chrome's and Firefox's error texts). */
function reasonFor(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/WRITE_OPERATIONS/i.test(message)) return 'Settings were changed many times in a short while, and the browser limits that. Wait a minute, then try again.';
  if (/QUOTA/i.test(message)) return "The browser's space for synced settings is full.";
  return `The browser did not save them (${message}).`;
}

async function write(settings: Settings): Promise<SaveResult> {
  const current = await storedSettingsItems();
  const stored = loadSettings(recordFrom(current.sync, current.local).record);
  const wanted = layoutOf(settings);
  const all = changesFor(wanted, current);
  // A newer version's record: read what it understands, keep the rest. Only the settings the person
  // changed are written; its version and fields this version could not read stay as they are.
  const newer = stored.storedVersion !== undefined && stored.storedVersion > SETTINGS_VERSION;
  const changed = SETTING_KEYS.filter((key) => JSON.stringify(stored.settings[key]) !== JSON.stringify(settings[key]));
  const changes = newer ? onlyItemsOf(all, changed) : all;
  try {
    // New items first, stale ones after: a refused write leaves the old record whole.
    if (Object.keys(changes.localSet).length > 0) await browser.storage.local.set(changes.localSet);
    if (Object.keys(changes.syncSet).length > 0) await browser.storage.sync.set(changes.syncSet);
    if (changes.syncRemove.length > 0) await browser.storage.sync.remove(changes.syncRemove);
    if (changes.localRemove.length > 0) await browser.storage.local.remove(changes.localRemove);
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  }
  return { ok: true, settings, listsOnDeviceOnly: wanted.listsOnDeviceOnly };
}

export function writeSettings(settings: Settings): Promise<SaveResult> {
  return queued(() => write(settings));
}

export function updateSettings(change: Partial<Settings>): Promise<SaveResult> {
  return queued(async () => {
    const current = await storedSettingsItems();
    const { settings } = loadSettings(recordFrom(current.sync, current.local).record);
    return write({ ...settings, ...change, version: SETTINGS_VERSION });
  });
}

/**
 * Repairs what is stored when it cannot be used as it is (damaged, or an older version's): the
 * items it replaces are kept in local storage with a notice for the options page, then the repaired
 * record is written. Called when the background starts and whenever settings change in storage.
 */
export function repairStoredSettings(): Promise<void> {
  return queued(async () => {
    const current = await storedSettingsItems();
    const loaded = loadSettings(recordFrom(current.sync, current.local).record);
    // What a newer version wrote may be valid there: it is read, never "repaired" here.
    if (!loaded.notice || (loaded.storedVersion ?? 0) > SETTINGS_VERSION) return;
    await browser.storage.local.set({ [NOTICE_KEY]: loaded.notice, [BACKUP_KEY]: current });
    await write(loaded.settings);
  });
}
