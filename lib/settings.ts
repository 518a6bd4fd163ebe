/**
 * A person's settings: the schema, the defaults, and how stored values from older versions or
 * corrupt storage become valid settings again. Read in every context; never throws.
 */
import * as z from 'zod/mini';
import { Category } from './index/schema';

export const SETTINGS_VERSION = 1;

export const Audience = z.enum(['patient', 'caregiver', 'clinician']);
export type Audience = z.infer<typeof Audience>;
export const MarkStyle = z.enum(['underline', 'background', 'none']);
export type MarkStyle = z.infer<typeof MarkStyle>;
export const LabelRegion = z.enum(['US', 'EU/UK']);
/** On every page, or on a page only after the person opens the toolbar popup there. */
export const RunMode = z.enum(['every-site', 'on-click']);
export type RunMode = z.infer<typeof RunMode>;
export type LabelRegion = z.infer<typeof LabelRegion>;

/** A site as a person types it: a host name such as "example.org" (sub-domains included). */
export const SiteHost = z.string().check(z.trim(), z.toLowerCase(), z.regex(/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/, 'a host name such as example.org'));

const ALL_CATEGORIES = Object.fromEntries(Category.options.map((category) => [category, true])) as Record<Category, boolean>;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Who reads the cards: clinicians get the clinician part open. */
  audience: Audience,
  /** Which kinds of terms are marked on pages. */
  categories: z.record(Category, z.boolean()),
  /** How marks look; "none" marks nothing, cards come from a selection or the shortcut. */
  markStyle: MarkStyle,
  /** Mark every occurrence, or only the first of each term on a page. */
  firstOccurrenceOnly: z.boolean(),
  /** How long the pointer rests on a term before its card opens. */
  hoverDelayMs: z.int().check(z.gte(0), z.lte(3000)),
  /** How long the card waits for the pointer to reach it. */
  graceMs: z.int().check(z.gte(100), z.lte(3000)),
  /** Card text size in percent of the default (100 = 17 px). */
  textSizePercent: z.int().check(z.gte(80), z.lte(250)),
  /** Whose label facts come first on cards. */
  region: LabelRegion,
  /** Sites where it never runs. */
  neverOnSites: z.array(SiteHost).check(z.maxLength(500)),
  /** When not empty, the only sites where it runs. */
  onlyOnSites: z.array(SiteHost).check(z.maxLength(500)),
  /** Off everywhere until switched on again. */
  paused: z.boolean(),
  /** "on-click": a page is read only after the toolbar button is opened on it. */
  runMode: RunMode,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  audience: 'patient',
  categories: ALL_CATEGORIES,
  markStyle: 'underline',
  firstOccurrenceOnly: false,
  // Wikipedia Page Previews: a short dwell so passing over text opens nothing, a grace period to reach the card.
  hoverDelayMs: 150,
  graceMs: 300,
  textSizePercent: 100,
  region: 'US',
  neverOnSites: [],
  onlyOnSites: [],
  paused: false,
  runMode: 'every-site',
};

export type SettingKey = Exclude<keyof Settings, 'version'>;

/** Plain names of the settings, for every message that lists them (saved, reset, missing from a file). */
export const FIELD_LABELS: Record<SettingKey, string> = {
  audience: 'Who reads the cards',
  region: 'Drug label facts',
  textSizePercent: 'Card text size',
  categories: 'Kinds of terms to mark',
  markStyle: 'How terms are marked',
  firstOccurrenceOnly: 'How often a term is marked',
  hoverDelayMs: 'Wait before a card opens',
  graceMs: 'Time to reach the card',
  paused: 'Pause everywhere',
  runMode: 'When it reads a page',
  neverOnSites: 'Sites where it never runs',
  onlyOnSites: 'Sites where it only runs',
};

export const SETTING_KEYS = Object.keys(FIELD_LABELS) as SettingKey[];

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
