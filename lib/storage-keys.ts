/**
 * Names of the settings' items in extension storage, shared by the settings store and the page's
 * guard (which carries no zod, so this file imports nothing). The layout is lib/settings/stored-layout.ts.
 */
export const SETTINGS_PREFIX = 'settings.';
/** Where version 1 kept the whole record, in one sync item. */
export const LEGACY_SETTINGS_KEY = 'settings';

/** Whether a storage change touches the settings (any version's items, in sync or local). */
export function isSettingsKey(key: string): boolean {
  return key === LEGACY_SETTINGS_KEY || key.startsWith(SETTINGS_PREFIX);
}
