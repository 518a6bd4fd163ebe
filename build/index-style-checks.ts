/**
 * Style rules for what people read, checked in the unit tests and by `npm run check:data`.
 * Limits follow data/README.md: summaries ≤ 50 words at grade ≤ 8, other patient text (why it matters,
 * what to ask, also used for, region facts, safety sections) ≤ grade 10,
 * research notes ≤ 250 words.
 */
import { fleschKincaid, wordCount } from './readability';
import { SAFETY_KINDS } from '../lib/index/safety-kinds';
import type { Disambiguation, StudyNote, TermEntry } from '../lib/index/schema';

export const LIMITS = {
  summaryWords: 50,
  summaryGrade: 8,
  patientTextGrade: 10,
  studyNoteWords: 250,
} as const;

/** The size of the index as the issue counts it: entries, names plus aliases, notes, entries per category. */
export interface IndexSize {
  entries: number;
  surfaceForms: number;
  notes: number;
  byCategory: Map<string, number>;
}

export function indexSize(terms: TermEntry[], studies: StudyNote[]): IndexSize {
  const byCategory = new Map<string, number>();
  for (const term of [...terms].sort((a, b) => a.category.localeCompare(b.category))) {
    byCategory.set(term.category, (byCategory.get(term.category) ?? 0) + 1);
  }
  const surfaceForms = terms.reduce((sum, term) => sum + 1 + term.aliases.length, 0);
  return { entries: terms.length, surfaceForms, notes: studies.length, byCategory };
}

/** The summary `npm run check:data` and the tests print. */
export function describeIndexSize(size: IndexSize): string {
  const categories = [...size.byCategory].map(([category, count]) => `  ${category}: ${count}`);
  return [`${size.entries} entries, ${size.surfaceForms} surface forms, ${size.notes} research notes`, ...categories].join('\n');
}

export interface ContentProblem {
  id: string;
  field: string;
  message: string;
}

function gradeProblem(id: string, field: string, text: string | undefined, maxGrade: number): ContentProblem[] {
  if (text === undefined) return [];
  const { grade } = fleschKincaid(text);
  return grade > maxGrade ? [{ id, field, message: `reading grade ${grade} is above ${maxGrade}` }] : [];
}

export function checkTermContent(term: TermEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const words = wordCount(term.summary);
  if (words > LIMITS.summaryWords) problems.push({ id: term.id, field: 'summary', message: `${words} words (max ${LIMITS.summaryWords})` });
  problems.push(...gradeProblem(term.id, 'summary', term.summary, LIMITS.summaryGrade));
  problems.push(...gradeProblem(term.id, 'whyItMatters', term.whyItMatters, LIMITS.patientTextGrade));
  problems.push(...gradeProblem(term.id, 'askOrWatch', term.askOrWatch, LIMITS.patientTextGrade));
  problems.push(...gradeProblem(term.id, 'alsoUsedFor', term.alsoUsedFor, LIMITS.patientTextGrade));
  // Region facts are shown to everyone, not folded away with the clinician's details.
  term.regionFacts.forEach((fact, i) => problems.push(...gradeProblem(term.id, `regionFacts.${i}`, fact.text, LIMITS.patientTextGrade)));
  problems.push(...checkSafetySection(term));
  return problems;
}

/** Sources a label warning may come from: the label itself or its regulator. */
const LABEL_SOURCE_KINDS: ReadonlySet<string> = new Set(['label', 'regulator']);

/**
 * A safety section is read by patients (grade 10 or below) and holds label facts: each item cites a
 * label or regulator source. An entry with none of those (a medicine not yet licensed) may cite trial
 * papers and guidelines for its risks, pregnancy and breastfeeding, never for a boxed warning,
 * contraindication or interaction, which only a label gives.
 */
function checkSafetySection(term: TermEntry): ContentProblem[] {
  const safety = term.safety;
  if (!safety) return [];
  const problems: ContentProblem[] = [];
  const hasLabel = term.sources.some((source) => LABEL_SOURCE_KINDS.has(source.kind));
  if (term.noSafetySection) problems.push({ id: term.id, field: 'noSafetySection', message: 'set, but the entry has a safety section' });
  for (const kind of SAFETY_KINDS) {
    safety[kind].forEach((item, i) => {
      const field = `safety.${kind}.${i}`;
      problems.push(...gradeProblem(term.id, field, item.text, LIMITS.patientTextGrade));
      const sourceKind = term.sources[item.source]?.kind;
      const labelOnly = kind === 'boxedWarnings' || kind === 'contraindications' || kind === 'interactions';
      if (sourceKind !== undefined && !LABEL_SOURCE_KINDS.has(sourceKind) && (hasLabel || labelOnly)) {
        problems.push({ id: term.id, field, message: `cites a ${sourceKind} source; label warnings cite the label or its regulator` });
      }
    });
  }
  return problems;
}

const STUDY_FIELDS = ['bottomLine', 'whatWasDone', 'whoShouldCare', 'limits'] as const;

export function checkStudyContent(study: StudyNote): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const words = STUDY_FIELDS.reduce((sum, field) => sum + wordCount(study[field]), 0);
  if (words > LIMITS.studyNoteWords) problems.push({ id: study.id, field: '(all)', message: `${words} words (max ${LIMITS.studyNoteWords})` });
  for (const field of STUDY_FIELDS) problems.push(...gradeProblem(study.id, field, study[field], LIMITS.patientTextGrade));
  return problems;
}

/**
 * A surface form (case-folded) two entries claim must be told apart on the page: each claimant
 * names it through an alias that carries a disambiguation rule (cue words), and at most one of them
 * is preferred when a page gives no cue. A canonical name cannot be shared: it has no rule to carry.
 */
export function findSharedSurfaceForms(terms: TermEntry[]): ContentProblem[] {
  const claims = new Map<string, { id: string; rule: Disambiguation | undefined; isName: boolean }[]>();
  for (const term of terms) {
    const own = new Map<string, { rule: Disambiguation | undefined; isName: boolean }>();
    own.set(term.name.toLowerCase(), { rule: undefined, isName: true });
    for (const alias of term.aliases) {
      const key = alias.text.toLowerCase();
      if (!own.has(key)) own.set(key, { rule: alias.disambiguation, isName: false });
    }
    for (const [form, claim] of own) claims.set(form, [...(claims.get(form) ?? []), { id: term.id, ...claim }]);
  }
  const problems: ContentProblem[] = [];
  for (const [form, claimants] of claims) {
    if (claimants.length < 2) continue;
    const ids = claimants.map((claim) => claim.id).join(', ');
    for (const claim of claimants) {
      if (claim.isName) problems.push({ id: claim.id, field: 'name', message: `"${form}" is shared (${ids}); a canonical name cannot be shared` });
      else if (!claim.rule) problems.push({ id: claim.id, field: 'aliases', message: `"${form}" is shared (${ids}) and needs a disambiguation rule` });
    }
    if (claimants.filter((claim) => claim.rule?.preferWhenUnclear).length > 1) {
      problems.push({ id: claimants[0].id, field: 'aliases', message: `"${form}" (${ids}): only one entry may be preferred when unclear` });
    }
  }
  return problems;
}
