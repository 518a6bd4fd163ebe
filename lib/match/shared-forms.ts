/**
 * Forms two entries share (ARR: annualised relapse rate or absolute risk reduction). The matcher
 * reports whichever entry it met first; this decides between them from the entries' own cue words
 * in the data (schema `Disambiguation`), so the rules live with the entries they belong to. The
 * choices and their cue regexes are made at build time (build/compile-page-rules.ts).
 */
import { toRegExp } from '../text/regexp-source';
import type { CompiledSharedForm } from './compiled-matcher';

interface Choice {
  termId: string;
  /** The entry's cue words, each matched at the start of a word, in any case. */
  cues: RegExp;
  preferWhenUnclear: boolean;
}

export class SharedForms {
  /** Choices by the form's text in lower case; only forms that two entries or more share. */
  private readonly choices = new Map<string, Choice[]>();

  constructor(shared: CompiledSharedForm[], termIds: string[]) {
    for (const { key, choices } of shared) {
      this.choices.set(
        key,
        choices.map((choice) => ({ termId: termIds[choice.term], cues: toRegExp(choice.cues), preferWhenUnclear: choice.preferWhenUnclear })),
      );
    }
  }

  /**
   * The entry a shared form names in this block of text: the only one whose cues appear, else the
   * one preferred when unclear, else none (left unmarked rather than guessed). Forms not shared
   * keep the matcher's entry.
   */
  choose(form: string, matchedTermId: string, block: string): string | undefined {
    const choices = this.choices.get(form.toLowerCase());
    if (!choices) return matchedTermId;
    const cued = choices.filter((choice) => choice.cues.test(block));
    if (cued.length === 1) return cued[0].termId;
    return choices.find((choice) => choice.preferWhenUnclear)?.termId;
  }
}
