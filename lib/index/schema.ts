/**
 * The shape of everything in data/: one term entry or one research note per JSON file.
 * Validated at build (scripts/compile-index.ts) and in the unit tests, so a bad entry never ships.
 */
import { z } from 'zod';

/** Kebab-case canonical name: `ocrelizumab`, `optical-coherence-tomography`. */
export const EntryId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lowercase letters, digits and single hyphens');
export type EntryId = z.infer<typeof EntryId>;

/** ISO calendar date, e.g. 2026-11-21. */
const IsoDate = z.iso.date();

/** Text a person reads: never empty, never a placeholder left by a draft. */
export const ProseText = z
  .string()
  .trim()
  .min(1)
  .refine((text) => !/\b(TODO|TBD|FIXME|lorem ipsum|XXX)\b/i.test(text), 'placeholder text');

/** Regions whose drug labels differ. "EU/UK" where the EMA and the MHRA texts agree. */
export const Region = z.enum(['US', 'EU', 'UK', 'EU/UK', 'Canada', 'Australia', 'International']);
export type Region = z.infer<typeof Region>;

export const Category = z.enum([
  'drug', // disease-modifying therapies, approved, off-label, withdrawn or in trials
  'symptom-treatment', // symptomatic and relapse treatments
  'test', // tests, imaging, biomarkers, scales
  'disease', // disease course and clinical terms
  'safety', // side effects and risks (PML, JC virus, ...)
  'research', // research design and statistics
  'pregnancy', // pregnancy and breastfeeding terms
]);
export type Category = z.infer<typeof Category>;

export const AliasKind = z.enum(['brand', 'abbreviation', 'spelling', 'development-code', 'former-name', 'synonym']);

/**
 * Another name the entry is known by. `caseSensitive` defaults by kind: abbreviations and
 * development codes match only in their own case (OCT, not "Oct"); words match in any case.
 */
export const Alias = z.object({
  text: z.string().trim().min(2),
  kind: AliasKind,
  region: Region.optional(),
  caseSensitive: z.boolean().optional(),
  /** Shown in the card, e.g. "subcutaneous form, US". */
  note: z.string().trim().min(1).optional(),
});
export type Alias = z.infer<typeof Alias>;

export const SourceKind = z.enum(['label', 'regulator', 'guideline', 'peer-reviewed', 'society', 'government', 'news']);

export const Source = z.object({
  title: ProseText,
  publisher: ProseText,
  url: z.url({ protocol: /^https$/ }),
  accessed: IsoDate,
  kind: SourceKind,
});
export type Source = z.infer<typeof Source>;

/** A fact that is true for one region's label only (pregnancy, breastfeeding, approval ...). */
export const RegionFact = z.object({
  region: Region,
  topic: z.enum(['approval', 'pregnancy', 'breastfeeding', 'contraception', 'use', 'safety', 'monitoring']),
  text: ProseText,
  /** Index into the entry's `sources` where this fact was checked. */
  source: z.number().int().nonnegative(),
});
export type RegionFact = z.infer<typeof RegionFact>;

/** A trial result, always with the absolute numbers beside the relative effect. */
export const TrialResult = z.object({
  name: ProseText,
  result: ProseText,
  source: z.number().int().nonnegative(),
});

/** The quick reference for clinicians; every field optional because tests and terms need less. */
export const ClinicianBlock = z.object({
  mechanism: ProseText.optional(),
  routeAndSchedule: ProseText.optional(),
  monitoring: ProseText.optional(),
  keyTrials: z.array(TrialResult).optional(),
});

export const Review = z.object({
  lastReviewed: IsoDate,
  nextReview: IsoDate,
});

export const TermEntry = z
  .object({
    id: EntryId,
    name: z.string().trim().min(2),
    category: Category,
    aliases: z.array(Alias),
    /** What it is, in at most 50 words, grade 8 or below. */
    summary: ProseText,
    /** Why it matters to a person with MS. */
    whyItMatters: ProseText,
    /** What to ask the MS team or watch for. */
    askOrWatch: ProseText.optional(),
    clinician: ClinicianBlock.optional(),
    regionFacts: z.array(RegionFact).default([]),
    /** "Also used for" notes for drugs with other uses (Arzerra, Campath, ...). */
    alsoUsedFor: ProseText.optional(),
    related: z.array(EntryId).default([]),
    sources: z.array(Source).min(1),
    review: Review,
  })
  .superRefine((entry, ctx) => {
    const sourceCount = entry.sources.length;
    const badIndex = (index: number) => index >= sourceCount;
    entry.regionFacts.forEach((fact, i) => {
      if (badIndex(fact.source)) ctx.addIssue({ code: 'custom', path: ['regionFacts', i, 'source'], message: 'no such source' });
    });
    entry.clinician?.keyTrials?.forEach((trial, i) => {
      if (badIndex(trial.source)) ctx.addIssue({ code: 'custom', path: ['clinician', 'keyTrials', i, 'source'], message: 'no such source' });
    });
  });
export type TermEntry = z.infer<typeof TermEntry>;

export const Citation = z.object({
  authors: ProseText,
  title: ProseText,
  journal: ProseText,
  year: z.number().int().min(1950).max(2100),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/).optional(),
  pmid: z.string().regex(/^\d{5,9}$/).optional(),
  url: z.url({ protocol: /^https$/ }),
});

/** A plain-language research note: bottom line, what was done, who should care, limits. */
export const StudyNote = z.object({
  id: EntryId,
  title: ProseText,
  bottomLine: ProseText,
  whatWasDone: ProseText,
  whoShouldCare: ProseText,
  limits: ProseText,
  /** Term entries this note is about; its card links show it. */
  terms: z.array(EntryId).min(1),
  citation: Citation,
  review: Review,
});
export type StudyNote = z.infer<typeof StudyNote>;
