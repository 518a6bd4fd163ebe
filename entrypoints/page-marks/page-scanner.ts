/**
 * Scans the page in small slices of idle time and keeps the marks current as the page changes.
 * Never blocks the page for long (a slice stops after SLICE_BUDGET_MS) and never rescans the whole
 * page for a mutation: records are queued and only the changed parts are scanned again, once per
 * idle callback (docs/architecture.md, "Dynamic pages").
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMatcher } from '../../lib/match/page-matcher';
import { TextCollector, type TextSegment } from '../../page-text/text-segments';
import type { TermHighlights } from './term-highlights';
import { contextTimers, type ContextTimers } from '../page-guard/context-timers';

/** Well under one 16 ms frame, so scrolling stays smooth while a long page is scanned. */
const SLICE_BUDGET_MS = 8;
/** An idle callback that has not come by then runs anyway: marks should not wait forever on busy pages. */
const IDLE_TIMEOUT_MS = 500;

export class PageScanner {
  /** Roots waiting to be (re)scanned, in arrival order. */
  private readonly pending: Node[] = [];
  private current: Generator<unknown> | undefined;
  private scheduled = false;
  private stopped = false;
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private readonly collector: TextCollector;
  private readonly timers: ContextTimers;
  /** Open shadow roots found so far: watched for changes, and given to the pointer's hit-test. */
  readonly shadowRoots: ShadowRoot[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly pageMatcher: PageMatcher<TextSegment>,
    private readonly highlights: TermHighlights,
    /** The tag of our card's host (random per page), whose content is never page text. */
    private readonly ownUiTag: string,
    /** Called after each batch of work that changed the marks. */
    private readonly onMarksChanged: () => void,
  ) {
    this.collector = new TextCollector(ownUiTag.toUpperCase(), (shadowRoot) => this.watch(shadowRoot));
    this.timers = contextTimers(ctx);
    ctx.onInvalidated(() => this.stop());
  }

  private isOwnUi(node: Node): boolean {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return element?.closest(this.ownUiTag) != null;
  }

  start(root: Node): void {
    this.enqueue(root);
    this.watch(root);
  }

  /** Stops watching and drops queued work; a stopped scanner is not started again (make a new one). */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.pending.length = 0;
    this.current = undefined;
  }

  /** Watches a root for changes; shadow roots need their own watch, a document's observer stops at them. */
  watch(root: Node): void {
    if (root instanceof ShadowRoot) {
      if (this.shadowRoots.includes(root)) return;
      this.shadowRoots.push(root);
    }
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private enqueue(root: Node): void {
    // A root inside one already waiting adds nothing; one that contains waiting roots replaces them.
    if (this.pending.some((queued) => queued === root || queued.contains(root))) return;
    for (let i = this.pending.length - 1; i >= 0; i--) if (root.contains(this.pending[i])) this.pending.splice(i, 1);
    this.pending.push(root);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.timers.requestIdleCallback((deadline) => this.work(deadline), { timeout: IDLE_TIMEOUT_MS });
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      if (this.isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        this.enqueueRescan(record.target);
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const added of record.addedNodes) {
        if (!this.isOwnUi(added)) this.enqueueRescan(added);
      }
    }
    if (removed) {
      this.highlights.pruneDisconnected();
      this.onMarksChanged();
    }
  }

  /**
   * Queues the block that `node` changed: a match may join the changed text with its neighbours
   * ("hazard" + " ratio"). A new block element is scanned alone, so an infinite list that grows
   * never makes us rescan the list. Nodes in skipped places (form fields, scripts) are ignored.
   */
  private enqueueRescan(node: Node): void {
    let block: Element | null = null;
    if (node.nodeType === Node.TEXT_NODE) block = this.collector.blockFor(node as Text);
    else if (node.nodeType === Node.ELEMENT_NODE) block = this.collector.blockOfElement(node as Element);
    if (block) this.enqueue(block);
  }

  private work(deadline: IdleDeadline): void {
    this.scheduled = false;
    // isInvalid also notices an extension that was reloaded under us, and stops this copy.
    if (this.stopped || this.ctx.isInvalid) return;
    const sliceEnd = performance.now() + Math.min(SLICE_BUDGET_MS, Math.max(deadline.timeRemaining(), 2));
    let changed = false;
    try {
      while (performance.now() < sliceEnd) {
        if (!this.current) {
          const root = this.pending.shift();
          if (!root) break;
          if (!root.isConnected) continue;
          this.highlights.removeWithin(root);
          changed = true;
          this.current = this.scanRoot(root);
        }
        if (this.current.next().done) this.current = undefined;
      }
    } catch {
      // A page can change under us mid-scan; drop this root rather than throw into the page.
      this.current = undefined;
    }
    if (changed || this.current) this.onMarksChanged();
    if (this.current || this.pending.length > 0) this.schedule();
  }

  /** One step per segment, so `work` can check the clock between segments. */
  private *scanRoot(root: Node): Generator<void> {
    for (const segment of this.collector.segments(root)) {
      for (const { key, match } of this.pageMatcher.scanBlock(segment, segment.text)) this.highlights.add(key, match);
      yield;
    }
  }
}
