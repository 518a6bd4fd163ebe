/**
 * The card on a page: what opens it (CardTrigger), its host (made with the card stage on first use),
 * the entry it shows (asked of the background), and the "not found" note for a looked-up phrase.
 * Only the newest request is shown: an older answer that arrives late is dropped.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { StudyNote, TermEntry } from '../../lib/index/schema';
import type { ResponseTo } from '../../lib/messages';
import type { CardReading } from '../../lib/settings/card-reading';
import { askBackground } from '../page-guard/ask-background';
import type { CardUi } from '../page-guard/stages';
import { CardHost, anchorFollowing, type Anchor, type CardView } from './card-host';
import { CardTrigger, type TriggerTimings } from './card-trigger';
import type { TermHighlights } from './term-highlights';

export interface PageCardsOptions {
  ctx: ContentScriptContext;
  highlights: TermHighlights;
  /** Random per page: a page cannot look for our host by its tag. */
  hostTag: string;
  loadCardUi: () => Promise<CardUi | undefined>;
  shadowRoots: () => ShadowRoot[];
  /** Read at each use, so changed settings apply to the next card. */
  timings: () => TriggerTimings;
  reading: () => CardReading;
}

export class PageCards {
  readonly trigger: CardTrigger;
  private host: CardHost | undefined;
  private newestRequest = 0;
  /**
   * The entry asked for when the pointer began to rest on its term: the dwell then covers the
   * background's answer, and a service worker the browser had stopped has the dwell to start in.
   */
  private prefetched: { termId: string; answer: Promise<ResponseTo<'get-term'> | undefined> } | undefined;

  constructor(private readonly options: PageCardsOptions) {
    this.trigger = new CardTrigger(options.ctx, options.highlights, options.shadowRoots, options.timings, {
      prepare: (termId) => {
        void options.loadCardUi();
        void this.entryFor(termId);
      },
      open: (termId, anchor, { takeFocus }) => this.openCard(termId, anchor, takeFocus),
      close: () => {
        this.newestRequest++;
        this.host?.hide();
      },
      isOpen: () => this.host?.isOpen ?? false,
      ownsNode: (node) => this.host?.contains(node) ?? false,
    });
    this.trigger.attach();
  }

  /** The card for a selected phrase, next to the selection (or a short "not found" note). */
  showLookup(termId: string | null, query: string): void {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
    const rect = range?.getBoundingClientRect() ?? new DOMRect(16, 16, 0, 0);
    if (termId) {
      this.trigger.show(termId, rect, { pinned: true, takeFocus: true });
      return;
    }
    this.trigger.adoptPinnedCard();
    const request = ++this.newestRequest;
    void this.withHost((host) => {
      if (request !== this.newestRequest) return;
      host.showNotFound(query, anchorFollowing(rect, range), this.view(true), () => this.trigger.close());
    });
  }

  close(): void {
    this.trigger.close();
  }

  /** The entry for `termId`: the one already asked for, or a new request (a failed one is not kept). */
  private entryFor(termId: string): Promise<ResponseTo<'get-term'> | undefined> {
    if (this.prefetched?.termId === termId) return this.prefetched.answer;
    const answer = askBackground({ type: 'get-term', id: termId });
    this.prefetched = { termId, answer };
    void answer.then((entry) => {
      if (!entry && this.prefetched?.answer === answer) this.prefetched = undefined;
    });
    return answer;
  }

  private openCard(termId: string, anchor: Anchor, takeFocus: boolean): void {
    const request = ++this.newestRequest;
    const answer = this.entryFor(termId);
    void this.withHost(async (host) => {
      const entry = await answer;
      if (request !== this.newestRequest || !isTermAnswer(entry)) return;
      host.show(entry.term, entry.studies, anchor, this.view(takeFocus), {
        onClose: () => this.trigger.close(),
        onSaveQuestion: async (term) => void (await askBackground({ type: 'add-question', termId: term.id })),
      });
    });
  }

  /** Runs `use` with the card's host, made on first use once the card stage has loaded. */
  private async withHost(use: (host: CardHost) => void): Promise<void> {
    if (!this.host) {
      const ui = await this.options.loadCardUi();
      if (!ui || this.options.ctx.isInvalid) return;
      this.host ??= this.makeHost(ui);
    }
    use(this.host);
  }

  private makeHost(ui: CardUi): CardHost {
    const host = new CardHost(this.options.hostTag, ui, this.options.ctx);
    host.onPointerEnter(() => this.trigger.pointerOnCardChanged(true));
    host.onPointerLeave(() => this.trigger.pointerOnCardChanged(false));
    return host;
  }

  private view(takeFocus: boolean): CardView {
    return { ...this.options.reading(), takeFocus };
  }
}

/**
 * The background's answer to "get-term" has the shape of an entry. The background built it from the
 * index it validated at build time and is the only sender, so a shape check is all the page needs.
 */
function isTermAnswer(answer: unknown): answer is { term: TermEntry; studies: StudyNote[] } {
  if (typeof answer !== 'object' || answer === null) return false;
  const { term, studies } = answer as { term?: { id?: unknown; name?: unknown }; studies?: unknown };
  return typeof term?.id === 'string' && typeof term.name === 'string' && Array.isArray(studies);
}
