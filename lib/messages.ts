/**
 * Every message between the extension's contexts, validated with zod on arrival.
 * Only term ids and search queries typed by the person cross: page text never leaves the tab.
 */
import * as z from 'zod/mini';
import { EntryId, StudyNote, TermEntry } from './index/schema';

export const GetTerm = z.object({ type: z.literal('get-term'), id: EntryId });
export const Search = z.object({ type: z.literal('search'), query: z.string().check(z.maxLength(200)) });
/** The content script reports which terms it marked on its tab (counts per id), for the popup and badge. */
export const ReportPageTerms = z.object({
  type: z.literal('report-page-terms'),
  counts: z.record(EntryId, z.int().check(z.positive())),
});
export const GetTabTerms = z.object({ type: z.literal('get-tab-terms'), tabId: z.int().check(z.nonnegative()) });

export const Request = z.discriminatedUnion('type', [GetTerm, Search, ReportPageTerms, GetTabTerms]);
export type Request = z.infer<typeof Request>;

export const TermResponse = z.nullable(z.object({ term: TermEntry, studies: z.array(StudyNote) }));
export type TermResponse = z.infer<typeof TermResponse>;

export const SearchResponse = z.array(z.object({ id: EntryId, name: z.string(), score: z.number() }));
export type SearchResponse = z.infer<typeof SearchResponse>;

export const TabTermsResponse = z.array(z.object({ id: EntryId, name: z.string(), count: z.int().check(z.positive()) }));
export type TabTermsResponse = z.infer<typeof TabTermsResponse>;

/** Requests from the popup and the background to a tab's content script (top frame unless noted). */
export const PageInfo = z.object({ type: z.literal('page-info') });
/** The toolbar button was opened on this tab: in "on-click" mode, the page may now be read. */
export const Activate = z.object({ type: z.literal('activate') });
export const ShowTerm = z.object({ type: z.literal('show-term'), termId: EntryId });
export const StepTerm = z.object({ type: z.literal('step-term'), direction: z.enum(['next', 'previous']) });
/** "Look up in Plainly MS" on a selection: the best entry for it, or null when nothing matched. */
export const ShowLookup = z.object({ type: z.literal('show-lookup'), termId: z.nullable(EntryId), query: z.string().check(z.maxLength(200)) });

export const ContentRequest = z.discriminatedUnion('type', [PageInfo, Activate, ShowTerm, StepTerm, ShowLookup]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export const PageInfoResponse = z.object({ host: z.string(), running: z.boolean() });
export type PageInfoResponse = z.infer<typeof PageInfoResponse>;
