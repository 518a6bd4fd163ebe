/**
 * How stored values from older versions or corrupt storage become valid settings again. Read in
 * every context; never throws.
 */
import { ALL_CATEGORIES, DEFAULT_SETTINGS } from './defaults';
import { FIELD_LABELS, SETTING_KEYS } from './field-labels';
import { migrate } from './migrations';
import { SETTINGS_VERSION, Settings } from './schema';

export interface LoadedSettings {
  settings: Settings;
  /** Set when what was stored could not be used as it was: shown to the person, never silent. */
  notice?: string;
  /** The version that wrote the record (lib/settings/migrations.ts); absent when nothing was stored. */
  storedVersion?: number;
}

/**
 * Turns whatever storage or a file holds into valid settings: migrated to this version, then checked
 * field by field. Valid fields of a damaged or older record are kept one by one; only what cannot be
 * read falls back to its default, and the notice says which. A field left out is at its default.
 */
export function loadSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: DEFAULT_SETTINGS, notice: 'Your saved settings could not be read, so the defaults are back.' };
  }
  const { record, storedVersion } = migrate(stored as Record<string, unknown>);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const reset: string[] = [];
  for (const key of SETTING_KEYS) {
    if (!(key in record)) continue;
    const field = Settings.shape[key].safeParse(key === 'categories' ? { ...ALL_CATEGORIES, ...(record[key] as object) } : record[key]);
    if (field.success) settings[key] = field.data;
    else reset.push(FIELD_LABELS[key]);
  }
  const parts = [
    storedVersion < SETTINGS_VERSION ? 'Your settings were updated to this version of Plainly MS.' : undefined,
    reset.length > 0 ? `These could not be read and are back to their defaults: ${reset.join(', ')}.` : undefined,
  ].filter(Boolean);
  return { settings: Settings.parse(settings), notice: parts.join(' ') || undefined, storedVersion };
}
