/**
 * Flesch–Kincaid grade level, so the reading level of every patient-facing text is measured, not hoped.
 * Syllables come from `syllable` (a maintained English syllable counter); sentences end at . ! or ?
 * Build-time only: never imported by the content script.
 */
import { syllable } from 'syllable';

export interface ReadabilityReport {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Words are runs of letters (with inner apostrophes or hyphens); numbers are not words to the formula. */
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/g;
const HAS_LETTER = /[A-Za-z\u00C0-\u024F]/;

export function fleschKincaid(text: string): ReadabilityReport {
  const words = text.match(WORD) ?? [];
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => HAS_LETTER.test(part)).length);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const wordCount = Math.max(1, words.length);
  const grade = 0.39 * (wordCount / sentences) + 11.8 * (syllables / wordCount) - 15.59;
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

export function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}
