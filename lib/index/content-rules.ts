/**
 * Style rules for what people read, checked in the unit tests and by `npm run check:data`.
 * Limits follow data/README.md: summaries ≤ 50 words at grade ≤ 8, other patient text ≤ grade 10,
 * research notes ≤ 250 words.
 */
import { fleschKincaid, wordCount } from '../text/readability';
import type { StudyNote, TermEntry } from './schema';

export const LIMITS = {
  summaryWords: 50,
  summaryGrade: 8,
  patientTextGrade: 10,
  studyNoteWords: 250,
} as const;

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
 * Two entries may not claim the same surface form (case-folded): the matcher could not tell
 * which card to open. A later issue adds disambiguation rules for the forms that must be shared.
 */
export function findSharedSurfaceForms(terms: TermEntry[]): ContentProblem[] {
  const owner = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const term of terms) {
    const forms = new Set([term.name, ...term.aliases.map((alias) => alias.text)].map((form) => form.toLowerCase()));
    for (const form of forms) {
      const first = owner.get(form);
      if (first !== undefined) problems.push({ id: term.id, field: 'aliases', message: `"${form}" is also a name of ${first}` });
      else owner.set(form, term.id);
    }
  }
  return problems;
}
