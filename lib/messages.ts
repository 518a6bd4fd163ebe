/**
 * Every message into the background, validated with zod on arrival, and its answers. Messages to
 * the content script are in content-messages.ts (hand-written guards: no zod on every page).
 * Only term ids and search queries typed by the person cross: page text never leaves the tab.
 */
import * as z from 'zod/mini';
import { EntryId, StudyNote, TermEntry } from './index/schema';
import { Settings } from './settings/schema';

export const GetTerm = z.object({ type: z.literal('get-term'), id: EntryId });
export const Search = z.object({ type: z.literal('search'), query: z.string().check(z.maxLength(200)) });
/** The content script reports which terms it marked on its tab (counts per id), for the popup and badge. */
export const ReportPageTerms = z.object({
  type: z.literal('report-page-terms'),
  counts: z.record(EntryId, z.int().check(z.positive())),
});
export const GetTabTerms = z.object({ type: z.literal('get-tab-terms'), tabId: z.int().check(z.nonnegative()) });
/** A page with a candidate term asks for the person's settings, checked here (the page carries no zod). */
export const GetPageSettings = z.object({ type: z.literal('get-page-settings') });
/**
 * The popup was opened on a tab in "on-click" mode: the background tells every frame it may read
 * now, and remembers it for that tab's host, so a reload is read without another click.
 */
export const ActivateTab = z.object({ type: z.literal('activate-tab'), tabId: z.int().check(z.nonnegative()) });
/**
 * A page asks for its next stage (entrypoints/background/page-stages.ts): "marks" (matcher,
 * highlights, card host) once it has a candidate term and may be read, "card" (the card's UI)
 * when its first card opens. Injected into the asking frame only.
 */
export const LoadStage = z.object({ type: z.literal('load-stage'), stage: z.enum(['marks', 'card']) });
/** "Add to my questions" on a card in a page: saved by the background (platform/questions-store.ts). */
export const AddQuestion = z.object({ type: z.literal('add-question'), termId: EntryId });

/**
 * The extension's own pages change settings through the background, the only writer of settings
 * (platform/settings-writer.ts): a whole record (import, undo) or some fields (one control).
 */
export const SaveSettings = z.object({ type: z.literal('save-settings'), settings: Settings });
export const UpdateSettings = z.object({ type: z.literal('update-settings'), change: z.partial(z.omit(Settings, { version: true })) });

export const Request = z.discriminatedUnion('type', [GetTerm, Search, ReportPageTerms, GetTabTerms, GetPageSettings, ActivateTab, LoadStage, AddQuestion, SaveSettings, UpdateSettings]);
export type Request = z.infer<typeof Request>;

export const TermResponse = z.nullable(z.object({ term: TermEntry, studies: z.array(StudyNote) }));
export type TermResponse = z.infer<typeof TermResponse>;

export const SearchResponse = z.array(z.object({ id: EntryId, name: z.string(), score: z.number() }));
export type SearchResponse = z.infer<typeof SearchResponse>;

export const TabTermsResponse = z.array(z.object({ id: EntryId, name: z.string(), count: z.int().check(z.positive()) }));
export type TabTermsResponse = z.infer<typeof TabTermsResponse>;

/** The highlight names a page's marks are registered under, one per marking style; random per page. */
export interface HighlightNames {
  underline: string;
  background: string;
}

/** What a page is told: the checked settings, and whether the person opened the toolbar button on this page's host in its tab. */
export interface PageSettings {
  settings: Settings;
  clicked: boolean;
}

/** The answer to "load-stage": the marks stage gets the names its stylesheet was inserted for. */
export type LoadStageResponse = { loaded: true; highlightNames?: HighlightNames } | null;

/** What a save did: the settings now stored, or exactly why nothing was saved. */
export const SaveResult = z.union([
  z.object({
    ok: z.literal(true),
    settings: Settings,
    /** The site lists were too long for synced storage: they are kept on this device only. */
    listsOnDeviceOnly: z.boolean(),
  }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export type SaveResult = z.infer<typeof SaveResult>;

/**
 * From the background to the extension's own pages (never to a page's script): a tab's list of
 * marked terms changed, so an open popup asks for it again instead of guessing when a report lands.
 */
export const TabTermsChanged = z.object({ type: z.literal('tab-terms-changed'), tabId: z.int().check(z.nonnegative()) });
export type TabTermsChanged = z.infer<typeof TabTermsChanged>;

/**
 * What the background answers to each request (null when it has nothing to say): the one place
 * that pairs them, so a handler that returns the wrong shape, or a caller that expects one, fails to
 * compile. Answers from the background are still checked where they are used, as any message is.
 */
export interface Responses {
  'get-term': TermResponse;
  search: SearchResponse;
  'report-page-terms': null;
  'get-tab-terms': TabTermsResponse;
  'get-page-settings': PageSettings;
  'activate-tab': null;
  'load-stage': LoadStageResponse;
  'add-question': null;
  'save-settings': SaveResult;
  'update-settings': SaveResult;
}
export type RequestType = Request['type'];
export type ResponseTo<Type extends RequestType> = Responses[Type];
