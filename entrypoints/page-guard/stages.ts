/**
 * How the three stages of the page script find one another (docs/architecture.md, Decision 2):
 *   guard  (entrypoints/page-guard)  every page: settings check and a cheap candidate test
 *   marks  (entrypoints/page-marks)  injected by the background on pages with a candidate term
 *   card   (entrypoints/card-ui)     injected when the first card opens: Preact and the card
 * Each stage is its own script file, run in the same isolated world of the same document, so they
 * meet in that world's global object. A page's own scripts run in another world and cannot see it
 * (docs/architecture.md, Decision 5), which is why this is not a trace a page can read.
 */
import type { ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NotFoundCardProps } from '../../components/NotFoundCard';
import type { TermCardProps } from '../../components/TermCard';
import type { ContentRequest, PageInfoResponse } from '../../lib/content-messages';
import type { HighlightNames } from '../../lib/messages';
import type { Settings } from '../../lib/settings/schema';

/** What the guard hands the marks stage when it starts it. */
export interface MarksStart {
  ctx: ContentScriptContext;
  settings: Settings;
  highlightNames: HighlightNames;
  /** The toolbar button was opened on this page ("on-click" mode). */
  clicked: boolean;
  /** Loads the card stage (once); undefined when the background cannot be reached. */
  loadCardUi: () => Promise<CardUi | undefined>;
}

export interface MarksStage {
  /** Answers a request from the popup or the background (already checked). */
  handle(request: ContentRequest): PageInfoResponse | boolean | undefined;
  /** New settings (a checked snapshot from the background). */
  apply(settings: Settings): void;
}

/** The card's look: what the card stage brings. */
export interface CardUi {
  /** The card's stylesheet, for the host's shadow root. */
  css: string;
  termCard(props: TermCardProps): ComponentChild;
  notFoundCard(props: NotFoundCardProps): ComponentChild;
  /** Renders `content` into `container`; null empties it. */
  render(content: ComponentChild | null, container: Element): void;
}

interface Stages {
  /** Stops the guard that runs now (and with it everything it started). */
  stopGuard?: () => void;
  startMarks?: (start: MarksStart) => MarksStage;
  cardUi?: CardUi;
}

/** A property of the isolated world's global object (never the page's). */
const STAGES_KEY = 'plainlyMsStages';

export function stages(): Stages {
  const world = globalThis as unknown as Record<string, Stages | undefined>;
  return (world[STAGES_KEY] ??= {});
}

/** Forgets every stage: a new copy of the guard (after an update) must not call an old copy's code. */
export function forgetStages(): void {
  delete (globalThis as unknown as Record<string, Stages | undefined>)[STAGES_KEY];
}
