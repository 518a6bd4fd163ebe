/**
 * Every message between the extension's contexts, validated with zod on arrival.
 * Only term ids and search queries typed by the person cross: page text never leaves the tab.
 */
import { z } from 'zod';
import { EntryId, StudyNote, TermEntry } from './index/schema';

export const GetTerm = z.object({ type: z.literal('get-term'), id: EntryId });
export const Search = z.object({ type: z.literal('search'), query: z.string().max(200) });
/** The content script reports which terms it marked on its tab (counts per id), for the popup and badge. */
export const ReportPageTerms = z.object({
  type: z.literal('report-page-terms'),
  counts: z.record(EntryId, z.number().int().positive()),
});
export const GetTabTerms = z.object({ type: z.literal('get-tab-terms'), tabId: z.number().int().nonnegative() });

export const Request = z.discriminatedUnion('type', [GetTerm, Search, ReportPageTerms, GetTabTerms]);
export type Request = z.infer<typeof Request>;

export const TermResponse = z.object({ term: TermEntry, studies: z.array(StudyNote) }).nullable();
export type TermResponse = z.infer<typeof TermResponse>;

export const SearchResponse = z.array(z.object({ id: EntryId, name: z.string(), score: z.number() }));
export type SearchResponse = z.infer<typeof SearchResponse>;

export const TabTermsResponse = z.array(z.object({ id: EntryId, name: z.string(), count: z.number().int().positive() }));
export type TabTermsResponse = z.infer<typeof TabTermsResponse>;
