/**
 * Settings text from a file or pasted → settings to save, through `loadSettings`: damaged or older
 * records are repaired field by field and the repair is described. Text that holds no settings at
 * all changes nothing, so a wrong file never wipes a person's settings.
 */
import { Settings } from './schema';
import { loadSettings } from './repair';
import { FIELD_LABELS, SETTING_KEYS } from './field-labels';

export type ImportResult =
  | {
      ok: true;
      settings: Settings;
      /** From `loadSettings`: what was repaired or updated. */
      notice?: string;
      /** Plain names of the settings the file did not have; they are at their defaults. */
      missing: string[];
    }
  | { ok: false; error: string };

/** Far more than any settings file (two lists of 500 sites are about 30 kB). */
export const MAX_IMPORT_CHARS = 1_000_000;

const NOTHING_CHANGED = 'Nothing was changed.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readImport(text: string): ImportResult {
  if (text.trim() === '') return { ok: false, error: `The file or text is empty. ${NOTHING_CHANGED}` };
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: `This is too large to be a Plainly MS settings file. ${NOTHING_CHANGED}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: `This could not be read as settings: it is not valid JSON, perhaps cut short or edited by hand. ${NOTHING_CHANGED}` };
  }
  // Also accept what storage holds: { "settings": { … } }.
  if (isRecord(parsed) && isRecord(parsed.settings) && !SETTING_KEYS.some((key) => key in (parsed as object))) parsed = parsed.settings;
  if (!isRecord(parsed) || !SETTING_KEYS.some((key) => key in (parsed as object))) {
    return { ok: false, error: `This holds no Plainly MS settings. ${NOTHING_CHANGED}` };
  }
  const record = parsed;
  const { settings, notice } = loadSettings(record);
  const missing = SETTING_KEYS.filter((key) => !(key in record)).map((key) => FIELD_LABELS[key]);
  return { ok: true, settings, notice, missing };
}

/** The text of an export: the settings as stored, readable by people and by `readImport`. */
export function exportText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
