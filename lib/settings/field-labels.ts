import type { SettingKey } from './schema';

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
