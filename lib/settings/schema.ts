/**
 * What a person's settings are: the schema every stored or imported record is checked against.
 * Defaults, plain names and the repair of damaged records live beside it (defaults.ts,
 * field-labels.ts, repair.ts).
 */
import * as z from 'zod/mini';
import { Category } from '../index/schema';

/** Raised with every change to the record or its storage; lib/settings/migrations.ts has a step for each. */
export const SETTINGS_VERSION = 2;

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
export const SiteHost = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.maxLength(253, 'a host name is at most 253 characters'), z.regex(/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/, 'a host name such as example.org'));

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

export type SettingKey = Exclude<keyof Settings, 'version'>;
