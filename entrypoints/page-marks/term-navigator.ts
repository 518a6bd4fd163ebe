/**
 * Moving from one marked term to the next with the keyboard (and from the popup's list): brings the
 * term into view and opens its card with focus, so people who cannot use a mouse read the same cards.
 */
import type { MarkedTerm, TermHighlights } from './term-highlights';

export type Direction = 'next' | 'previous';

function documentOrder(a: MarkedTerm, b: MarkedTerm): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0; // ranges in different shadow trees cannot be compared: keep scan order
  }
}

export class TermNavigator {
  private current: MarkedTerm | undefined;

  constructor(
    private readonly highlights: TermHighlights,
    private readonly open: (mark: MarkedTerm, anchor: DOMRect) => void,
  ) {}

  step(direction: Direction): void {
    const marks = this.marksInOrder();
    if (marks.length === 0) return;
    const at = this.current ? marks.indexOf(this.current) : -1;
    let index: number;
    if (at >= 0) index = (at + (direction === 'next' ? 1 : -1) + marks.length) % marks.length;
    else {
      // Nothing chosen yet: start from what the person is looking at.
      const below = marks.findIndex((mark) => mark.range.getBoundingClientRect().top >= 0);
      index = direction === 'next' ? Math.max(0, below) : (below <= 0 ? marks.length : below) - 1;
    }
    this.go(marks[index]);
  }

  /** Goes to the first mark of a term (from the popup's "On this page"). False if the page has none. */
  showTerm(termId: string): boolean {
    const mark = this.marksInOrder().find((candidate) => candidate.termId === termId);
    if (mark) this.go(mark);
    return mark !== undefined;
  }

  private marksInOrder(): MarkedTerm[] {
    return this.highlights
      .all()
      .filter((mark) => !mark.range.collapsed)
      .sort(documentOrder);
  }

  private go(mark: MarkedTerm): void {
    this.current = mark;
    const element = mark.range.startContainer.parentElement;
    // Instant, not smooth: motion is tiring for many readers, and the card must land on the term.
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    this.open(mark, mark.range.getBoundingClientRect());
  }
}
