/**
 * The first stage, on every page: waits for a candidate term, asks the background for the
 * person's settings, and only then has the marks stage injected (entrypoints/page-marks). Answers
 * the popup and the background for as long as that stage is not there.
 */
import { browser } from 'wxt/browser';
import candidatePatterns from 'virtual:plainly/candidate-patterns';
import { PAGE_REQUESTS_KEY, asContentRequest, type ContentRequest, type PageInfoResponse } from '../../lib/content-messages';
import { hasCandidate } from '../../lib/match/candidates';
import { runsOn } from '../../lib/settings/run-rules';
import type { Settings } from '../../lib/settings/schema';
import { isSettingsKey } from '../../lib/storage-keys';
import { askBackground } from './ask-background';
import { watchForCandidate } from './candidate-watch';
import type { QuietContext } from './quiet-context';
import { stages, type CardUi, type MarksStage } from './stages';

type Answer = PageInfoResponse | boolean | undefined;

export class PageGuard {
  /** The page has shown a term the matcher may mark. */
  private candidate = false;
  /** The toolbar button was opened on this page (what "on-click" mode waits for). */
  private clicked = false;
  private marks: Promise<MarksStage | undefined> | undefined;
  private cardUi: Promise<CardUi | undefined> | undefined;
  /** Newest settings request: an older answer that arrives later is not applied. */
  private settingsAsked = 0;
  private followingSettings = false;

  constructor(private readonly ctx: QuietContext) {}

  start(): void {
    this.takeRequests();
    watchForCandidate(this.ctx, (text) => hasCandidate(text, candidatePatterns), () => {
      if (this.ctx.isInvalid) return; // the extension was reloaded or removed meanwhile
      this.candidate = true;
      this.followSettings();
      void this.update();
    });
  }

  /** Hands fresh settings to the marks stage, or loads it when the page may now be read. */
  private async update(): Promise<void> {
    // isInvalid first: it is also how a copy whose extension went away notices and stops.
    if (this.ctx.isInvalid) return;
    const asked = ++this.settingsAsked;
    const answer = await askBackground({ type: 'get-page-settings' });
    if (!answer || asked !== this.settingsAsked || this.ctx.isInvalid) return; // a newer answer is coming
    // The button was opened on this host in this tab before a reload: as good as a click now.
    if (answer.clicked) this.clicked = true;
    const { settings } = answer;
    if (this.marks) {
      (await this.marks)?.apply(settings);
      return;
    }
    if (this.candidate && runsOn(settings, location.hostname, this.clicked)) await this.loadMarks(settings);
  }

  /** The marks stage, injected once; it reads and marks the page if the settings let it. */
  private loadMarks(settings: Settings): Promise<MarksStage | undefined> {
    this.marks ??= (async () => {
      const answer = await askBackground({ type: 'load-stage', stage: 'marks' });
      const startMarks = stages().startMarks;
      if (!answer?.highlightNames || !startMarks || this.ctx.isInvalid) {
        this.marks = undefined; // try again on the next change
        return undefined;
      }
      const { ctx, clicked } = this;
      try {
        const marks = startMarks({ ctx, settings, highlightNames: answer.highlightNames, clicked, loadCardUi: () => this.loadCardUi() });
        this.followSettings(); // also when a look-up, not a candidate, brought the stage here
        return marks;
      } catch (error) {
        // A page that broke something the stage needs (CSS.highlights, say): stay quiet, try again later.
        console.debug('Plainly MS could not start marking this page', error);
        this.marks = undefined;
        return undefined;
      }
    })();
    return this.marks;
  }

  private loadCardUi(): Promise<CardUi | undefined> {
    this.cardUi ??= (async () => {
      await askBackground({ type: 'load-stage', stage: 'card' });
      const ui = stages().cardUi;
      if (!ui) this.cardUi = undefined;
      return ui;
    })();
    return this.cardUi;
  }

  private async handle(request: ContentRequest): Promise<Answer> {
    if (request.type === 'activate') this.clicked = true;
    if (request.type === 'show-lookup') {
      // A look-up shows its card on any page, with or without terms: the marks stage owns the card.
      const answer = this.marks ? undefined : await askBackground({ type: 'get-page-settings' });
      if (answer) await this.loadMarks(answer.settings);
    }
    const marks = await this.marks;
    if (marks) return marks.handle(request);
    switch (request.type) {
      case 'page-info':
        return { host: location.hostname, running: false };
      case 'activate':
        void this.update();
        return true;
      case 'show-term':
        return false; // nothing is marked here
      case 'step-term':
      case 'show-lookup':
        return true;
    }
  }

  /**
   * Takes the popup's and the background's requests in this isolated world (they arrive by
   * platform/page-requests.ts). The top frame speaks for the tab; every frame hears "activate".
   */
  private takeRequests(): void {
    const world = globalThis as unknown as Record<string, ((raw: unknown) => Promise<Answer> | undefined) | undefined>;
    const take = (raw: unknown) => {
      const request = asContentRequest(raw);
      if (!request || this.ctx.isInvalid || (request.type === 'page-info' && window !== window.top)) return undefined;
      return this.handle(request);
    };
    world[PAGE_REQUESTS_KEY] = take;
    this.ctx.onInvalidated(() => {
      if (world[PAGE_REQUESTS_KEY] === take) delete world[PAGE_REQUESTS_KEY];
    });
  }

  /** Settings changes matter once the page has a candidate or the marks stage (paused now, switched on later). */
  private followSettings(): void {
    if (this.followingSettings || this.ctx.isInvalid) return;
    this.followingSettings = true;
    // Sync or local: long site lists may be kept on this device (lib/settings/stored-layout.ts).
    const onStorage = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some(isSettingsKey)) void this.update();
    };
    try {
      browser.storage.onChanged.addListener(onStorage);
    } catch {
      return; // the extension went away between the check and now
    }
    this.ctx.onInvalidated(() => {
      try {
        browser.storage.onChanged.removeListener(onStorage);
      } catch {
        // The extension is gone (reloaded): its events are gone with it.
      }
    });
  }
}
