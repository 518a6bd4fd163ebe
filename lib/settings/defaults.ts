/** The settings of a new install, and of any field that cannot be read. */
import { Category } from '../index/schema';
import { SETTINGS_VERSION, type Settings } from './schema';

/** Every kind of term marked: the default, and what a stored record without a new kind gets. */
export const ALL_CATEGORIES = Object.fromEntries(Category.options.map((category) => [category, true])) as Record<Category, boolean>;

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
