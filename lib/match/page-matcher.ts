/**
 * Matching across one whole page, block by block in page order, with what a single block cannot
 * know: whether the page is about MS (so "relapse" or "HR" may be marked), and which abbreviations
 * the page defines for itself ("natalizumab (NTZ)" → later "NTZ"; "absolute risk reduction (ARR)"
 * → ARR is not the annualised relapse rate here). Shared by the content script and the CLI.
 *
 * Generic over the block key `K`: the browser passes its text segments, the CLI their index.
 */
import { findDefinitions } from './abbreviations';
import { CONTEXT_RULES, passesRule } from './context-rules';
import type { Match, Matcher } from './matcher';

export interface PageMatch<K> {
  key: K;
  match: Match;
}

/** Matches waiting for the page to show it is about MS; bounded so a long non-MS page costs little memory. */
const MAX_HELD = 5_000;

export class PageMatcher<K> {
  private aboutMs = false;
  private held: PageMatch<K>[] = [];
  /** Short forms this page defines: to an entry id, or to null when it means something not in the index. */
  private readonly pageDefinitions = new Map<string, string | null>();
  private definedFormsPattern: RegExp | undefined;

  constructor(
    private readonly matcher: Matcher,
    /** Entries whose presence shows a page is about MS (drugs, tests, disease and safety terms). */
    private readonly signalsMs: (termId: string) => boolean,
  ) {}

  /** Matches to mark for one block; may include held matches of earlier blocks, released now. */
  scanBlock(key: K, text: string): PageMatch<K>[] {
    this.learnDefinitions(text);
    const accepted: PageMatch<K>[] = [];
    const waiting: PageMatch<K>[] = [];
    for (const match of this.candidates(text)) {
      const defined = this.pageDefinitions.get(text.slice(match.start, match.end));
      if (defined === null) continue; // the page says this abbreviation means something else
      if (defined !== undefined) {
        accepted.push({ key, match: { ...match, termId: defined } });
        continue;
      }
      const rule = CONTEXT_RULES[match.form];
      if (!passesRule(rule, text, match.start, match.end)) continue;
      if (rule?.needsMsPage) waiting.push({ key, match });
      else accepted.push({ key, match });
    }
    if (!this.aboutMs && accepted.some(({ match }) => this.signalsMs(match.termId))) {
      this.aboutMs = true;
      accepted.push(...this.held);
      this.held = [];
    }
    if (this.aboutMs) accepted.push(...waiting);
    else this.held.push(...waiting.slice(0, MAX_HELD - this.held.length));
    return accepted;
  }

  /** The index's matches plus the page's own short forms, in text order, never overlapping. */
  private candidates(text: string): Match[] {
    const indexMatches = this.matcher.scan(text);
    if (!this.definedFormsPattern) return indexMatches;
    const own: Match[] = [];
    for (const found of text.matchAll(this.definedFormsPattern)) {
      const termId = this.pageDefinitions.get(found[0]);
      if (termId) own.push({ start: found.index, end: found.index + found[0].length, termId, form: found[0] });
    }
    if (own.length === 0) return indexMatches;
    const merged = [...indexMatches, ...own].sort((a, b) => a.start - b.start || b.end - a.end);
    const result: Match[] = [];
    for (const match of merged) if (result.length === 0 || match.start >= result[result.length - 1].end) result.push(match);
    return result;
  }

  private learnDefinitions(text: string): void {
    let learned = false;
    for (const { short, long } of findDefinitions(text)) {
      if (this.pageDefinitions.has(short)) continue; // the first definition on a page holds
      this.pageDefinitions.set(short, this.entryNamedBy(long));
      learned = true;
    }
    if (learned) {
      const forms = [...this.pageDefinitions.keys()].map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      this.definedFormsPattern = new RegExp(`(?<![A-Za-z0-9])(?:${forms.join('|')})(?![A-Za-z0-9])`, 'g');
    }
  }

  /** The entry a long form names: an index form that ends where the long form ends. */
  private entryNamedBy(long: string): string | null {
    const matches = this.matcher.scan(long);
    const last = matches[matches.length - 1];
    return last && last.end === long.length ? last.termId : null;
  }
}
