import { describe, expect, it } from 'vitest';
import { asContentRequest, asPageInfoResponse, MAX_QUERY_LENGTH } from '../../lib/content-messages';

describe('content request guards', () => {
  it('accepts each of the five requests as sent by the popup and the background', () => {
    expect(asContentRequest({ type: 'page-info' })).toEqual({ type: 'page-info' });
    expect(asContentRequest({ type: 'activate' })).toEqual({ type: 'activate' });
    expect(asContentRequest({ type: 'show-term', termId: 'ocrelizumab' })).toEqual({ type: 'show-term', termId: 'ocrelizumab' });
    expect(asContentRequest({ type: 'step-term', direction: 'previous' })).toEqual({ type: 'step-term', direction: 'previous' });
    expect(asContentRequest({ type: 'show-lookup', termId: null, query: 'tomato soup' })).toEqual({ type: 'show-lookup', termId: null, query: 'tomato soup' });
    expect(asContentRequest({ type: 'show-lookup', termId: 'edss', query: 'EDSS' })).toEqual({ type: 'show-lookup', termId: 'edss', query: 'EDSS' });
  });

  it('refuses what is not exactly one of them', () => {
    const refused: unknown[] = [
      undefined,
      null,
      'page-info',
      ['page-info'],
      {},
      { type: 'get-term', id: 'edss' }, // a background request, not a content one
      { type: 'page-info', extra: true },
      { type: 'show-term' },
      { type: 'show-term', termId: 'Not An Id' },
      { type: 'show-term', termId: 'a'.repeat(101) },
      { type: 'show-term', termId: 42 },
      { type: 'step-term', direction: 'sideways' },
      { type: 'show-lookup', termId: 'edss' },
      { type: 'show-lookup', termId: undefined, query: 'x' },
      { type: 'show-lookup', termId: null, query: 'x'.repeat(MAX_QUERY_LENGTH + 1) },
      { type: 'show-lookup', termId: null, query: 7 },
    ];
    for (const raw of refused) expect(asContentRequest(raw), JSON.stringify(raw)).toBeUndefined();
  });

  it('returns a fresh object, never the sender’s own', () => {
    const raw = { type: 'show-term', termId: 'edss' };
    const request = asContentRequest(raw);
    expect(request).toEqual(raw);
    expect(request).not.toBe(raw);
  });

  it('reads the page-info answer', () => {
    expect(asPageInfoResponse({ host: 'pubmed.ncbi.nlm.nih.gov', running: true })).toEqual({ host: 'pubmed.ncbi.nlm.nih.gov', running: true });
    expect(asPageInfoResponse({ host: 'example.org' })).toBeUndefined();
    expect(asPageInfoResponse({ host: 1, running: false })).toBeUndefined();
    expect(asPageInfoResponse(null)).toBeUndefined();
  });
});
