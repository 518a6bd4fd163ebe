/**
 * Reading the person's settings from extension storage, in any of the extension's own contexts.
 * Read only: the background is the one writer (settings-writer.ts), so two contexts never repair
 * or overwrite the same record at once. Never throws: unreadable storage reads as the defaults.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '../lib/settings/defaults';
import { loadSettings, type LoadedSettings } from '../lib/settings/repair';
import type { Settings } from '../lib/settings/schema';
import { recordFrom, type StoredItems } from '../lib/settings/stored-layout';
import { isSettingsKey } from '../lib/storage-keys';

/** In local storage: the last repair notice (shown once on the options page) and the items it replaced. */
export const NOTICE_KEY = 'settingsNotice';
export const BACKUP_KEY = 'settingsBackup';

export interface ReadSettings extends LoadedSettings {
  /** The site lists are kept on this device only (too long for synced storage). */
  listsOnDeviceOnly: boolean;
}

/** Every item of both areas that belongs to the settings. */
export async function storedSettingsItems(): Promise<{ sync: StoredItems; local: StoredItems }> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);
  const own = (items: StoredItems) => Object.fromEntries(Object.entries(items).filter(([key]) => isSettingsKey(key)));
  return { sync: own(sync), local: own(local) };
}

export async function readSettings(): Promise<ReadSettings> {
  try {
    const { sync, local } = await storedSettingsItems();
    const { record, listsOnDeviceOnly } = recordFrom(sync, local);
    return { ...loadSettings(record), listsOnDeviceOnly };
  } catch {
    return { settings: DEFAULT_SETTINGS, listsOnDeviceOnly: false };
  }
}

/** Calls `listener` with valid settings whenever any of their items changes, in any context. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes) => {
    if (Object.keys(changes).some(isSettingsKey)) void readSettings().then(({ settings }) => listener(settings));
  });
}
