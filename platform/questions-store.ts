/**
 * "My questions": terms a person wants to ask their MS team about, kept only in this browser
 * (storage.local, never synced, never sent anywhere). Read back through zod; unreadable items are
 * dropped rather than breaking the list.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { EntryId, type TermEntry } from '../lib/index/schema';

const QUESTIONS_KEY = 'questions';

export const SavedQuestion = z.object({
  termId: EntryId,
  name: z.string().check(z.minLength(1)),
  question: z.string().check(z.minLength(1)),
  savedAt: z.iso.datetime(),
});
export type SavedQuestion = z.infer<typeof SavedQuestion>;

/** The question a card suggests: its "ask or watch for" text, or a plain opener. */
export function questionFor(term: TermEntry): string {
  return term.askOrWatch ?? `What does ${term.name} mean for me?`;
}

export async function readQuestions(): Promise<SavedQuestion[]> {
  try {
    const stored: unknown = (await browser.storage.local.get(QUESTIONS_KEY))[QUESTIONS_KEY];
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((item) => {
      const parsed = SavedQuestion.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

async function writeQuestions(questions: SavedQuestion[]): Promise<void> {
  await browser.storage.local.set({ [QUESTIONS_KEY]: questions });
}

/** Adds a term's question once; saving the same term again changes nothing. */
export async function addQuestion(term: TermEntry): Promise<void> {
  const questions = await readQuestions();
  if (questions.some((saved) => saved.termId === term.id)) return;
  await writeQuestions([...questions, { termId: term.id, name: term.name, question: questionFor(term), savedAt: new Date().toISOString() }]);
}

export async function removeQuestion(termId: string): Promise<void> {
  await writeQuestions((await readQuestions()).filter((saved) => saved.termId !== termId));
}

/** The list as plain text, to paste into an email or notes app before an appointment. */
export function questionsAsText(questions: SavedQuestion[]): string {
  const lines = questions.map((saved, index) => `${index + 1}. ${saved.name}: ${saved.question}`);
  return ['Questions for my MS team', '', ...lines].join('\n');
}
