/**
 * The shape of everything in data/: one term entry or one research note per JSON file.
 * Validated at build (build/index-plugin.ts) and in the unit tests, so a bad entry never ships.
 * Written with zod/mini, as are all our schemas: the content script loads them on every page, and
 * zod's full build costs about 30 ms more to start there (measured; see README, Accuracy and speed).
 */
import * as z from 'zod/mini';
import { SAFETY_KINDS, type SafetyKind } from './safety-kinds';

/** Kebab-case canonical name: `ocrelizumab`, `optical-coherence-tomography`. */
export const EntryId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lowercase letters, digits and single hyphens'));
export type EntryId = z.infer<typeof EntryId>;

/** ISO calendar date, e.g. 2026-11-21. */
const IsoDate = z.iso.date();

/** Text a person reads: never empty, never a placeholder left by a draft. */
export const ProseText = z
  .string()
  .check(z.trim(), z.minLength(1), z.refine((text) => !/\b(TODO|TBD|FIXME|lorem ipsum|XXX)\b/i.test(text), 'placeholder text'));

/** A non-empty name or label, trimmed. */
const Label = (minimum: number) => z.string().check(z.trim(), z.minLength(minimum));

/** An index into the entry's `sources`. */
const SourceIndex = z.int().check(z.nonnegative());

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
 * How a form two entries share is resolved on a page (docs/architecture.md, "Look-alikes and shared forms": ARR, GA, CVS, PRL ...).
 * A page's own definition ("absolute risk reduction (ARR)") always decides first. Otherwise the entry
 * whose cue words (each matched at a word start, in any case) stand in the same block of text wins;
 * with no cue, or cues of both, the entry marked `preferWhenUnclear` wins, and with none so marked
 * the form stays unmarked rather than guess.
 */
export const Disambiguation = z.object({
  cues: z.array(Label(3)).check(z.minLength(1)),
  preferWhenUnclear: z.optional(z.boolean()),
});
export type Disambiguation = z.infer<typeof Disambiguation>;

/**
 * Another name the entry is known by. `caseSensitive` defaults by kind: abbreviations and
 * development codes match only in their own case (OCT, not "Oct"); words match in any case.
 */
export const Alias = z.object({
  text: Label(2),
  kind: AliasKind,
  region: z.optional(Region),
  caseSensitive: z.optional(z.boolean()),
  /** Shown in the card, e.g. "subcutaneous form, US". */
  note: z.optional(Label(1)),
  /** Required when another entry claims the same form (ARR, GA): how a page tells them apart. */
  disambiguation: z.optional(Disambiguation),
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
  source: SourceIndex,
});
export type RegionFact = z.infer<typeof RegionFact>;

/**
 * One warning or safety fact of a medicine's label, in plain words, for the region whose label says
 * it ("International" where the labels agree), with the index of the source that states it.
 */
export const SafetyItem = z.object({
  text: ProseText,
  region: Region,
  source: SourceIndex,
});
export type SafetyItem = z.infer<typeof SafetyItem>;

/**
 * Every label warning a person taking the medicine needs, by kind. An empty list means the labels
 * have none of that kind (a boxed warning is a US label's; EU texts have none by that name).
 * Pregnancy and breastfeeding are never empty: where there are no data, an item says so as the
 * label does.
 */
export const SafetySection = z.object({
  boxedWarnings: z.array(SafetyItem),
  contraindications: z.array(SafetyItem),
  seriousRisks: z.array(SafetyItem),
  interactions: z.array(SafetyItem),
  pregnancy: z.array(SafetyItem).check(z.minLength(1)),
  breastfeeding: z.array(SafetyItem).check(z.minLength(1)),
  /** Parts of the label could not be read: the card says the lists may not hold every warning. */
  partial: z.optional(z.literal(true)),
});
export type SafetySection = z.infer<typeof SafetySection>;
// Every kind the card lists is a list of the section, and no list is left out.
const kindsMatch: [SafetyKind, Exclude<keyof SafetySection, 'partial'>] extends [keyof SafetySection, SafetyKind] ? true : never = true;
void kindsMatch;

/** A trial result, always with the absolute numbers beside the relative effect. */
export const TrialResult = z.object({
  name: ProseText,
  result: ProseText,
  source: SourceIndex,
});

/**
 * The quick reference for clinicians. Medicines fill mechanism, route and schedule, monitoring and
 * trials; tests, scales, disease and research terms fill a definition, what to do in practice and one
 * key number. Every field is optional; data/README.md says which an entry needs.
 */
export const ClinicianBlock = z.object({
  /** The term as clinicians define it (criteria, cut-offs, units). */
  definition: z.optional(ProseText),
  /** What it changes in practice: when to order it, how to act on it. */
  inPractice: z.optional(ProseText),
  /** One number a clinician should know (how common, how accurate, a threshold), with its source's figure. */
  keyNumber: z.optional(ProseText),
  mechanism: z.optional(ProseText),
  routeAndSchedule: z.optional(ProseText),
  monitoring: z.optional(ProseText),
  keyTrials: z.optional(z.array(TrialResult)),
});

export const Review = z.object({
  lastReviewed: IsoDate,
  nextReview: IsoDate,
});

export const TermEntry = z
  .object({
    id: EntryId,
    name: Label(2),
    category: Category,
    aliases: z.array(Alias),
    /**
     * Its names are everyday words (fatigue, remission, cohort): marked only on pages that show
     * another MS term, and never taken as a sign that a page is about MS.
     */
    onlyOnMsPages: z.optional(z.boolean()),
    /** What it is, in at most 50 words, grade 8 or below. */
    summary: ProseText,
    /** Why it matters to a person with MS. */
    whyItMatters: ProseText,
    /** What to ask the MS team or watch for. */
    askOrWatch: z.optional(ProseText),
    clinician: z.optional(ClinicianBlock),
    /** Label warnings, for medicines (data/README.md, "Safety sections" says which entries need one). */
    safety: z.optional(SafetySection),
    /** Why a drug or symptom-treatment entry has no safety section: there is no label of its own to read. */
    noSafetySection: z.optional(z.enum(['investigational', 'drug-class', 'not-a-medicine', 'withdrawn'])),
    regionFacts: z._default(z.array(RegionFact), []),
    /** "Also used for" notes for drugs with other uses (Arzerra, Campath, ...). */
    alsoUsedFor: z.optional(ProseText),
    related: z._default(z.array(EntryId), []),
    sources: z.array(Source).check(z.minLength(1)),
    review: Review,
  })
  .check(
    z.superRefine((entry, ctx) => {
      const sourceCount = entry.sources.length;
      const badIndex = (index: number) => index >= sourceCount;
      entry.regionFacts.forEach((fact, i) => {
        if (badIndex(fact.source)) ctx.addIssue({ code: 'custom', input: fact, path: ['regionFacts', i, 'source'], message: 'no such source' });
      });
      for (const kind of SAFETY_KINDS) {
        entry.safety?.[kind].forEach((item, i) => {
          if (badIndex(item.source)) ctx.addIssue({ code: 'custom', input: item, path: ['safety', kind, i, 'source'], message: 'no such source' });
        });
      }
      entry.clinician?.keyTrials?.forEach((trial, i) => {
        if (badIndex(trial.source)) ctx.addIssue({ code: 'custom', input: trial, path: ['clinician', 'keyTrials', i, 'source'], message: 'no such source' });
      });
    }),
  );
export type TermEntry = z.infer<typeof TermEntry>;

export const Citation = z.object({
  authors: ProseText,
  title: ProseText,
  journal: ProseText,
  year: z.int().check(z.gte(1950), z.lte(2100)),
  doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/))),
  pmid: z.optional(z.string().check(z.regex(/^\d{5,9}$/))),
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
  terms: z.array(EntryId).check(z.minLength(1)),
  citation: Citation,
  review: Review,
});
export type StudyNote = z.infer<typeof StudyNote>;
