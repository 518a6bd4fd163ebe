/**
 * Forms two entries share (ARR: annualised relapse rate or absolute risk reduction). The matcher
 * reports whichever entry it met first; this decides between them from the entries' own cue words
 * in the data (schema `Disambiguation`), so the rules live with the entries they belong to.
 */
import { escapeRegExp } from '../text/escape-regexp';
import type { MatcherTable } from './surface-forms';

interface Choice {
  termId: string;
  /** The entry's cue words, each matched at the start of a word, in any case. */
  cues: RegExp;
  preferWhenUnclear: boolean;
}

export class SharedForms {
  /** Choices by the form's text in lower case; only forms that carry a disambiguation. */
  private readonly choices = new Map<string, Choice[]>();

  constructor(table: MatcherTable) {
    for (const form of table) {
      if (!form.disambiguation) continue;
      const key = form.text.toLowerCase();
      const list = this.choices.get(key) ?? [];
      if (list.some((choice) => choice.termId === form.termId)) continue; // a spelling variant of the same alias
      const { cues, preferWhenUnclear } = form.disambiguation;
      list.push({
        termId: form.termId,
        // A cue matches at the start of a word, in any case: "relapse" also finds "relapses".
        cues: new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.map(escapeRegExp).join('|')})`, 'iu'),
        preferWhenUnclear: preferWhenUnclear === true,
      });
      this.choices.set(key, list);
    }
  }

  /**
   * The entry a shared form names in this block of text: the only one whose cues appear, else the
   * one preferred when unclear, else none (left unmarked rather than guessed). Forms not shared
   * keep the matcher's entry.
   */
  choose(form: string, matchedTermId: string, block: string): string | undefined {
    const choices = this.choices.get(form.toLowerCase());
    if (!choices || choices.length < 2) return matchedTermId;
    const cued = choices.filter((choice) => choice.cues.test(block));
    if (cued.length === 1) return cued[0].termId;
    return choices.find((choice) => choice.preferWhenUnclear)?.termId;
  }
}
