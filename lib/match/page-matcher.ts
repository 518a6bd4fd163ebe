/**
 * Matching across one whole page, block by block in page order, with what a single block cannot
 * know: whether the page is about MS (so "relapse" or "HR" may be marked), and which abbreviations
 * the page defines for itself ("natalizumab (NTZ)" → later "NTZ"; "absolute risk reduction (ARR)"
 * → ARR is not the annualised relapse rate here). Shared by the content script and the CLI.
 *
 * Generic over the block key `K`: the browser passes its text segments, the CLI their index.
 */
import { findDefinitions, isAcronymOf } from './abbreviations';
import { LOOK_ALIKE_RULES, EVERYDAY_WORD_RULE, passesRule, type LookAlikeRule } from './look-alike-rules';
import type { CompiledMatcher } from './compiled-matcher';
import type { Match, Matcher } from './matcher';
import { escapeRegExp } from '../text/escape-regexp';
import { SharedForms } from './shared-forms';

export interface PageMatch<K> {
  key: K;
  match: Match;
}

/** Matches waiting for the page to show it is about MS; bounded so a long non-MS page costs little memory. */
const MAX_HELD = 5_000;

/** The other topics some forms must not be marked on (relapse: addiction, cancer), each counted per block. */
const OTHER_TOPICS = [
  ...new Set([...Object.values(LOOK_ALIKE_RULES), EVERYDAY_WORD_RULE].flatMap((rule) => (rule.notOnPagesAbout ? [rule.notOnPagesAbout] : []))),
];

/** A long form names an entry when an index form covers most of it ("serum neurofilament light chain"). */
const MIN_LONG_FORM_COVERAGE = 0.6;

/** What the page matcher needs to know of the index beyond its forms, read once per index. */
export interface PageRules {
  /** Entries whose presence shows a page is about MS (drugs, tests, disease and safety terms). */
  signalsMs: Set<string>;
  /** Entries whose names are everyday words: marked only once the page is known to be about MS. */
  waitsForMsPage: Set<string>;
  sharedForms: SharedForms;
}

/** The page rules the build compiled (build/compile-page-rules.ts), with entry ids for indices. */
export function pageRulesOf(compiled: CompiledMatcher): PageRules {
  const { termIds, pageRules } = compiled;
  const idsOf = (terms: number[]) => new Set(terms.map((term) => termIds[term]));
  return {
    signalsMs: idsOf(pageRules.signalsMs),
    waitsForMsPage: idsOf(pageRules.waitsForMsPage),
    sharedForms: new SharedForms(pageRules.sharedForms, termIds),
  };
}

export class PageMatcher<K> {
  private aboutMs = false;
  private held: PageMatch<K>[] = [];
  /** Blocks so far that show an MS term, and blocks that match each rule's other topic. */
  private msBlocks = 0;
  private readonly otherTopicBlocks = new Map<RegExp, number>();
  /** Short forms this page defines: to an entry id, or to null when it means something not in the index. */
  private readonly pageDefinitions = new Map<string, string | null>();
  /**
   * Short forms defined by a name that waits for an MS page ("relapse (RL)", "MRI (magnetic
   * resonance imaging)"): they wait too, so on an addiction page RL is not an MS relapse.
   */
  private readonly definedByWaitingNames = new Set<string>();
  private definedFormsPattern: RegExp | undefined;

  constructor(
    private readonly matcher: Matcher,
    private readonly rules: PageRules,
  ) {}

  /** Matches to mark for one block; may include held matches of earlier blocks, released now. */
  scanBlock(key: K, text: string): PageMatch<K>[] {
    this.learnDefinitions(text);
    const accepted: PageMatch<K>[] = [];
    const waiting: PageMatch<K>[] = [];
    for (const match of this.candidates(text)) {
      const written = text.slice(match.start, match.end);
      const defined = this.pageDefinitions.get(written);
      if (defined === null) continue; // the page says this abbreviation means something else
      if (defined !== undefined) {
        const chosen = { key, match: { ...match, termId: defined } };
        if (this.definedByWaitingNames.has(written)) waiting.push(chosen);
        else accepted.push(chosen);
        continue;
      }
      const termId = this.rules.sharedForms.choose(match.form, match.termId, text);
      if (termId === undefined) continue; // a shared form this block gives no way to tell apart
      const rule = this.ruleFor(match.form, termId);
      if (!passesRule(rule, text, match.start, match.end)) continue;
      const chosen = { key, match: termId === match.termId ? match : { ...match, termId } };
      if (rule?.needsMsPage) waiting.push(chosen);
      else accepted.push(chosen);
    }
    this.countTopics(text, accepted);
    if (!this.aboutMs && this.msBlocks > 0) {
      this.aboutMs = true;
      // A held form the page has since defined as something else ("Commonwealth of Independent
      // States (CIS)") is dropped, not released.
      accepted.push(...this.held.filter(({ match }) => this.pageDefinitions.get(match.form) !== null && this.onTopic(match)));
      this.held = [];
    }
    if (this.aboutMs) accepted.push(...waiting.filter(({ match }) => this.onTopic(match)));
    else this.held.push(...waiting.slice(0, MAX_HELD - this.held.length));
    return accepted;
  }

  private countTopics(text: string, accepted: PageMatch<K>[]): void {
    if (accepted.some(({ match }) => this.rules.signalsMs.has(match.termId))) this.msBlocks++;
    for (const topic of OTHER_TOPICS) {
      if (topic.test(text)) this.otherTopicBlocks.set(topic, (this.otherTopicBlocks.get(topic) ?? 0) + 1);
    }
  }

  /** The look-alike rule for a form as written, else the everyday-word rule if its entry needs one. */
  private ruleFor(form: string, termId: string): LookAlikeRule | undefined {
    return LOOK_ALIKE_RULES[form] ?? (this.rules.waitsForMsPage.has(termId) ? EVERYDAY_WORD_RULE : undefined);
  }

  /** False when the page is more about the form's other meaning than about MS, so far. */
  private onTopic(match: Match): boolean {
    const topic = this.ruleFor(match.form, match.termId)?.notOnPagesAbout;
    return !topic || (this.otherTopicBlocks.get(topic) ?? 0) < this.msBlocks;
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

  /**
   * A definition whose long form names an entry maps the short form to it. One whose long form is
   * a true acronym of something else ("oxytocin challenge test (OCT)") takes the short form away
   * from the index on this page. Looser glosses ("PIRA (progression that isn't from relapses)")
   * change nothing.
   */
  private learnDefinitions(text: string): void {
    let learned = false;
    for (const { short, long } of findDefinitions(text)) {
      if (this.pageDefinitions.has(short)) continue; // the first definition on a page holds
      const name = this.nameIn(long);
      if (name === undefined && !isAcronymOf(short, long)) continue;
      this.pageDefinitions.set(short, name?.termId ?? null);
      if (name && this.ruleFor(name.form, name.termId)?.needsMsPage) this.definedByWaitingNames.add(short);
      learned = true;
    }
    if (learned) {
      const forms = [...this.pageDefinitions.keys()].map(escapeRegExp);
      this.definedFormsPattern = new RegExp(`(?<![A-Za-z0-9])(?:${forms.join('|')})(?![A-Za-z0-9])`, 'g');
    }
  }

  /** The index form that names a long form: one that ends where it ends and covers most of it. */
  private nameIn(long: string): Match | undefined {
    const matches = this.matcher.scan(long);
    const last = matches[matches.length - 1];
    const covers = last && last.end === long.length && (last.end - last.start) / long.length >= MIN_LONG_FORM_COVERAGE;
    return covers ? last : undefined;
  }
}
