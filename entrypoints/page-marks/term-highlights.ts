/**
 * The marks on the page: live Ranges painted through the CSS Custom Highlight API, so the page's
 * own DOM is never modified (docs/architecture.md, Decision 1). Also answers "which mark is at this text
 * position?" for the pointer, since a highlight cannot receive events itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Match } from '../../lib/match/matcher';
import type { HighlightNames } from '../../lib/messages';
import { locate, type TextSegment } from '../../page-text/text-segments';
import type { MarkFilter } from '../../lib/settings/mark-filter';
import type { MarkStyle } from '../../lib/settings/schema';
import { contextTimers, type ContextTimers } from '../page-guard/context-timers';

/**
 * New ranges reach the painted highlight in batches. Every change to a registered highlight makes
 * Chromium re-check all of its ranges, so adding them slice by slice (every 8 ms) costs time that
 * grows with the square of the marks: measured on a 5 MB page, 38,000 marks took 15 s that way and
 * 6.5 s with one batch a second. The wait grows with the marks already painted; the first batch
 * goes at once, so a normal page shows its first marks as soon as they are found.
 */
function paintDelayMs(painted: number): number {
  return painted === 0 ? 0 : Math.min(1000, 100 + painted / 20);
}

export interface MarkedTerm {
  range: Range;
  termId: string;
}

/** A mark plus the text nodes it spans, so removing it touches only those nodes' lists. */
interface StoredMark extends MarkedTerm {
  nodes: Text[];
}

export class TermHighlights {
  private readonly highlight = new Highlight();
  private readonly byNode = new Map<Text, StoredMark[]>();
  private readonly marks = new Set<StoredMark>();
  private readonly perTerm = new Map<string, number>();
  /** Ranges marked but not yet handed to the highlight (see paintDelayMs). */
  private readonly unpainted = new Set<Range>();
  private paintTimer: number | undefined;
  /** The name for the chosen style ("none": no name, nothing painted). */
  private nameForStyle: string | undefined;
  /** The name the highlight is registered under now: only while it holds ranges. */
  private registeredAs: string | undefined;

  private readonly timers: ContextTimers;

  /**
   * `names`: random per page, styled by the stylesheet the background inserted for them
   * (entrypoints/background/page-stages.ts). A highlight's look cannot be switched by a class (the
   * page's DOM is not ours), so the style is chosen by the name it is registered under.
   */
  constructor(
    private filter: MarkFilter,
    private readonly names: HighlightNames,
    ctx: ContentScriptContext,
  ) {
    this.timers = contextTimers(ctx);
  }

  /** Paints the marks in `style` (or not at all: terms are still known, for the shortcut); marks keep their place. */
  setStyle(style: MarkStyle): void {
    this.nameForStyle = style === 'none' ? undefined : this.names[style];
    this.register();
  }

  get painted(): boolean {
    return this.nameForStyle !== undefined;
  }

  /**
   * Registers the highlight under the chosen name while it has ranges, and under none otherwise:
   * a page can list every registered name, so a page without marks must find nothing there.
   */
  private register(): void {
    const wanted = this.highlight.size > 0 ? this.nameForStyle : undefined;
    if (wanted === this.registeredAs) return;
    if (this.registeredAs) CSS.highlights.delete(this.registeredAs);
    this.registeredAs = wanted;
    if (wanted) CSS.highlights.set(wanted, this.highlight);
  }

  setFilter(filter: MarkFilter): void {
    this.filter = filter;
  }

  /** Marks one match of a segment (skipped if filtered out, or if the segment's nodes changed since it was read). */
  add(segment: TextSegment, match: Match): void {
    if (!this.filter(match.termId, this.perTerm.get(match.termId) ?? 0)) return;
    const start = locate(segment, match.start, false);
    const end = locate(segment, match.end, true);
    const range = new Range();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      return; // the text got shorter or moved since it was scanned: its block is rescanned anyway
    }
    const nodes = segment.nodes.slice(segment.nodes.indexOf(start.node), segment.nodes.indexOf(end.node) + 1);
    const mark: StoredMark = { range, termId: match.termId, nodes };
    this.marks.add(mark);
    this.perTerm.set(match.termId, (this.perTerm.get(match.termId) ?? 0) + 1);
    this.unpainted.add(range);
    this.paintTimer ??= this.timers.setTimeout(() => this.paint(), paintDelayMs(this.highlight.size));
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mark);
      else this.byNode.set(node, [mark]);
    }
  }

  /** Drops every mark that touches a text node inside `root` (before that part is scanned again). */
  removeWithin(root: Node): void {
    for (const [node, list] of this.byNode) {
      if (node === root || root.contains(node)) {
        for (const mark of list) this.delete(mark);
      }
    }
    this.register();
  }

  /** Drops marks whose text left the document (a live Range collapses when its nodes are removed). */
  pruneDisconnected(): void {
    for (const [node, list] of this.byNode) {
      if (!node.isConnected) for (const mark of list) this.delete(mark);
    }
    this.register();
  }

  /** Hands every waiting range to the highlight in one change. */
  private paint(): void {
    this.paintTimer = undefined;
    for (const range of this.unpainted) this.highlight.add(range);
    this.unpainted.clear();
    this.register();
  }

  private delete(mark: StoredMark): void {
    if (!this.marks.delete(mark)) return;
    this.unpainted.delete(mark.range);
    this.highlight.delete(mark.range);
    this.perTerm.set(mark.termId, (this.perTerm.get(mark.termId) ?? 1) - 1);
    for (const node of mark.nodes) {
      const kept = (this.byNode.get(node) ?? []).filter((other) => other !== mark);
      if (kept.length === 0) this.byNode.delete(node);
      else this.byNode.set(node, kept);
    }
  }

  /** The mark covering `offset` in `node`, if any. */
  at(node: Node, offset: number): MarkedTerm | undefined {
    const list = node.nodeType === Node.TEXT_NODE ? this.byNode.get(node as Text) : undefined;
    return list?.find((mark) => mark.range.isPointInRange(node, offset) && !mark.range.collapsed);
  }

  /** How many marks each term has on the page. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.perTerm].filter(([, count]) => count > 0));
  }

  /** Every mark in page order of scanning, for keyboard navigation. */
  all(): MarkedTerm[] {
    return [...this.marks];
  }

  /** Removes every mark, and with them the highlight's registration. */
  clear(): void {
    this.unpainted.clear();
    this.highlight.clear();
    this.byNode.clear();
    this.marks.clear();
    this.perTerm.clear();
    this.register();
  }
}
