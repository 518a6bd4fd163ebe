/**
 * "My questions": terms a person wants to ask their MS team about, kept only in this browser
 * (storage.local, never synced, never sent anywhere; it survives updates of the extension). Read
 * back through zod; an item that cannot be read is never dropped silently: it is kept in
 * QUESTIONS_BACKUP_KEY and the options page's notice says so.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { EntryId, type TermEntry } from '../lib/index/schema';
import { NOTICE_KEY } from './settings-reader';

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

/** Where unreadable questions go before the list is written again without them. */
export const QUESTIONS_BACKUP_KEY = 'questionsBackup';

interface ReadList {
  questions: SavedQuestion[];
  /** What was stored but could not be read as a question. */
  unreadable: unknown[];
}

async function readList(): Promise<ReadList> {
  try {
    const stored: unknown = (await browser.storage.local.get(QUESTIONS_KEY))[QUESTIONS_KEY];
    if (stored === undefined) return { questions: [], unreadable: [] };
    if (!Array.isArray(stored)) return { questions: [], unreadable: [stored] };
    const parsed = stored.map((item) => ({ item, result: SavedQuestion.safeParse(item) }));
    return {
      questions: parsed.flatMap(({ result }) => (result.success ? [result.data] : [])),
      unreadable: parsed.flatMap(({ item, result }) => (result.success ? [] : [item])),
    };
  } catch {
    return { questions: [], unreadable: [] };
  }
}

export async function readQuestions(): Promise<SavedQuestion[]> {
  return (await readList()).questions;
}

/** Writes the list; anything unreadable in the stored list is first added to the backup, with a notice. */
async function writeQuestions(questions: SavedQuestion[], unreadable: unknown[]): Promise<void> {
  if (unreadable.length > 0) {
    const backup: unknown = (await browser.storage.local.get(QUESTIONS_BACKUP_KEY))[QUESTIONS_BACKUP_KEY];
    await browser.storage.local.set({
      [QUESTIONS_BACKUP_KEY]: [...(Array.isArray(backup) ? backup : []), ...unreadable],
      [NOTICE_KEY]: `${unreadable.length} saved question${unreadable.length === 1 ? '' : 's'} could not be read and ${unreadable.length === 1 ? 'was' : 'were'} kept aside in this browser's storage (${QUESTIONS_BACKUP_KEY}).`,
    });
  }
  await browser.storage.local.set({ [QUESTIONS_KEY]: questions });
}

/** Adds a term's question once; saving the same term again changes nothing. */
export async function addQuestion(term: TermEntry): Promise<void> {
  const { questions, unreadable } = await readList();
  if (questions.some((saved) => saved.termId === term.id)) return;
  await writeQuestions([...questions, { termId: term.id, name: term.name, question: questionFor(term), savedAt: new Date().toISOString() }], unreadable);
}

export async function removeQuestion(termId: string): Promise<void> {
  const { questions, unreadable } = await readList();
  await writeQuestions(questions.filter((saved) => saved.termId !== termId), unreadable);
}

/** The list as plain text, to paste into an email or notes app before an appointment. */
export function questionsAsText(questions: SavedQuestion[]): string {
  const lines = questions.map((saved, index) => `${index + 1}. ${saved.name}: ${saved.question}`);
  return ['Questions for my MS team', '', ...lines].join('\n');
}
