/**
 * Settings in extension storage (sync, so they follow the person's browser profile), always read
 * through `loadSettings`: a damaged or older record is repaired, the original kept as a backup and
 * a notice left for the options page. Never throws.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '../lib/settings/defaults';
import { Settings } from '../lib/settings/schema';
import { loadSettings, type LoadedSettings } from '../lib/settings/repair';
import { SETTINGS_AREA, SETTINGS_KEY } from '../lib/storage-keys';
/** In local storage: the last repair notice (shown once on the options page) and the record it replaced. */
export const NOTICE_KEY = 'settingsNotice';
const BACKUP_KEY = 'settingsBackup';

export async function readSettings(): Promise<LoadedSettings> {
  try {
    const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    const loaded = loadSettings(stored);
    if (loaded.notice) {
      await browser.storage.local.set({ [NOTICE_KEY]: loaded.notice, [BACKUP_KEY]: stored });
      await browser.storage.sync.set({ [SETTINGS_KEY]: loaded.settings });
    }
    return loaded;
  } catch {
    return { settings: DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: Settings.parse(settings) });
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const { settings } = await readSettings();
  const next = Settings.parse({ ...settings, ...change });
  await saveSettings(next);
  return next;
}

/** Calls `listener` with valid settings whenever they change in any context. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === SETTINGS_AREA && SETTINGS_KEY in changes) listener(loadSettings(changes[SETTINGS_KEY].newValue).settings);
  });
}
