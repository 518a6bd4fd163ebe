/**
 * How stored values from older versions or corrupt storage become valid settings again. Read in
 * every context; never throws.
 */
import { ALL_CATEGORIES, DEFAULT_SETTINGS } from './defaults';
import { FIELD_LABELS, SETTING_KEYS } from './field-labels';
import { SETTINGS_VERSION, Settings } from './schema';

export interface LoadedSettings {
  settings: Settings;
  /** Set when what was stored could not be used as it was: shown to the person, never silent. */
  notice?: string;
}

/**
 * Turns whatever storage holds into valid settings. Valid fields of a damaged or older record are
 * kept one by one; only what cannot be read falls back to its default, and the notice says which.
 */
export function loadSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS };
  const whole = Settings.safeParse(stored);
  if (whole.success) return { settings: whole.data };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: DEFAULT_SETTINGS, notice: 'Your saved settings could not be read, so the defaults are back.' };
  }
  const record = stored as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const reset: string[] = [];
  for (const key of SETTING_KEYS) {
    if (!(key in record)) continue;
    const field = Settings.shape[key].safeParse(key === 'categories' ? { ...ALL_CATEGORIES, ...(record[key] as object) } : record[key]);
    if (field.success) settings[key] = field.data;
    else reset.push(FIELD_LABELS[key]);
  }
  const fromOlder = record.version !== SETTINGS_VERSION;
  const parts = [
    fromOlder ? 'Your settings were updated to this version of Plainly MS.' : undefined,
    reset.length > 0 ? `These could not be read and are back to their defaults: ${reset.join(', ')}.` : undefined,
  ].filter(Boolean);
  return { settings: Settings.parse(settings), notice: parts.join(' ') || undefined };
}
