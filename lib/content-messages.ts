/**
 * Requests from the popup and the background to a tab's content script, and the one answer the
 * popup reads back. Checked by small hand-written guards, not zod: the content script's first stage
 * runs on every page, and zod's size and start-up cost would land on all of them (docs/architecture.md,
 * Decision 4). Only term ids, a direction and a query the person selected cross.
 */

/**
 * Where the page script takes these requests: a function under this name in its isolated world,
 * which the popup and the background call through scripting.executeScript
 * (platform/page-requests.ts, entrypoints/page-guard/page-guard.ts).
 */
export const PAGE_REQUESTS_KEY = 'plainlyMsRequests';

/** Entry ids as the index writes them (lib/index/schema.ts `EntryId`): kebab-case. */
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A selection longer than this is cut by the background before it asks (entrypoints/background/index.ts). */
export const MAX_QUERY_LENGTH = 200;

export type ContentRequest =
  /** Which host the tab's top frame shows, and whether Plainly MS is marking it. */
  | { type: 'page-info' }
  /** The toolbar button was opened on this tab: in "on-click" mode, the page may now be read. */
  | { type: 'activate' }
  /** Go to the first mark of a term and open its card (the popup's "On this page"). */
  | { type: 'show-term'; termId: string }
  /** Next or previous marked term (browser commands). */
  | { type: 'step-term'; direction: 'next' | 'previous' }
  /** "Look up in Plainly MS" on a selection: the best entry for it, or null when nothing matched. */
  | { type: 'show-lookup'; termId: string | null; query: string };

export interface PageInfoResponse {
  host: string;
  running: boolean;
}

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEntryId = (value: unknown): value is string => typeof value === 'string' && value.length <= 100 && ENTRY_ID.test(value);
/** True when `value` has exactly these keys (an unknown extra field means a message we do not know). */
const hasOnlyKeys = (value: Fields, keys: string[]) => Object.keys(value).every((key) => keys.includes(key));

/** The request, if `raw` is exactly one of the five content requests; undefined otherwise. */
export function asContentRequest(raw: unknown): ContentRequest | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'page-info':
    case 'activate':
      return hasOnlyKeys(raw, ['type']) ? { type: raw.type } : undefined;
    case 'show-term':
      return hasOnlyKeys(raw, ['type', 'termId']) && isEntryId(raw.termId) ? { type: 'show-term', termId: raw.termId } : undefined;
    case 'step-term':
      return hasOnlyKeys(raw, ['type', 'direction']) && (raw.direction === 'next' || raw.direction === 'previous')
        ? { type: 'step-term', direction: raw.direction }
        : undefined;
    case 'show-lookup': {
      const { termId, query } = raw;
      const validTerm = termId === null || isEntryId(termId);
      const validQuery = typeof query === 'string' && query.length <= MAX_QUERY_LENGTH;
      return hasOnlyKeys(raw, ['type', 'termId', 'query']) && validTerm && validQuery ? { type: 'show-lookup', termId, query } : undefined;
    }
    default:
      return undefined;
  }
}

/** The page-info answer, if `raw` is one. */
export function asPageInfoResponse(raw: unknown): PageInfoResponse | undefined {
  if (!isRecord(raw) || typeof raw.host !== 'string' || typeof raw.running !== 'boolean') return undefined;
  return { host: raw.host, running: raw.running };
}
