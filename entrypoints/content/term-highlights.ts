/**
 * The marks on the page: live Ranges painted through the CSS Custom Highlight API, so the page's
 * own DOM is never modified (design decision 1). Also answers "which mark is at this text
 * position?" for the pointer, since a highlight cannot receive events itself.
 */
import type { Match } from '../../lib/match/matcher';
import { locate, type TextSegment } from '../../lib/page/text-segments';

import type { MarkStyle } from '../../lib/settings';

/**
 * Highlight names by marking style, styled in highlight.css. A highlight's look cannot be switched by
 * a class (the page's DOM is not ours), so the style is chosen by the name it is registered under.
 * "none" registers nothing: terms are still known, for the shortcut, but nothing is painted.
 */
export const HIGHLIGHT_NAMES: Record<Exclude<MarkStyle, 'none'>, string> = {
  underline: 'plainly-ms-term',
  background: 'plainly-ms-term-background',
};

/**
 * New ranges reach the painted highlight in batches. Every change to a registered highlight makes
 * Chromium re-check all of its ranges, so adding them slice by slice (every 8 ms) costs time that
 * grows with the square of the marks: measured on a 5 MB page, 38,000 marks took 15 s that way and
 * 6.5 s with one batch a second. The wait grows with the marks already painted, so a normal page
 * still shows its first marks within a tenth of a second.
 */
function paintDelayMs(painted: number): number {
  return Math.min(1000, 100 + painted / 20);
}

/** Decides per term whether it is marked: the categories chosen, first occurrence only. */
export type MarkFilter = (termId: string, alreadyMarked: number) => boolean;

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
  /** Ranges marked but not yet handed to the highlight (see PAINT_BATCH_MS). */
  private readonly unpainted = new Set<Range>();
  private paintTimer: number | undefined;
  private registeredAs: string | undefined;

  constructor(private filter: MarkFilter) {}

  /** Paints the marks in `style` (or not at all); marks keep their place either way. */
  setStyle(style: MarkStyle): void {
    if (this.registeredAs) CSS.highlights.delete(this.registeredAs);
    this.registeredAs = style === 'none' ? undefined : HIGHLIGHT_NAMES[style];
    if (this.registeredAs) CSS.highlights.set(this.registeredAs, this.highlight);
  }

  get painted(): boolean {
    return this.registeredAs !== undefined;
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
    this.paintTimer ??= window.setTimeout(() => this.paint(), paintDelayMs(this.highlight.size));
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
  }

  /** Drops marks whose text left the document (a live Range collapses when its nodes are removed). */
  pruneDisconnected(): void {
    for (const [node, list] of this.byNode) {
      if (!node.isConnected) for (const mark of list) this.delete(mark);
    }
  }

  /** Hands every waiting range to the highlight in one change. */
  private paint(): void {
    this.paintTimer = undefined;
    for (const range of this.unpainted) this.highlight.add(range);
    this.unpainted.clear();
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

  /** Removes every mark (the highlight stays registered, empty, until the style changes). */
  clear(): void {
    this.unpainted.clear();
    this.highlight.clear();
    this.byNode.clear();
    this.marks.clear();
    this.perTerm.clear();
  }
}
