/** One rule for marking, the popup's switch and the badge, on a table of hosts. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { runsOn } from '../../lib/settings/run-rules';
import { siteAllowed, switchSite, type SiteLists } from '../../lib/settings/site-rules';

const NONE: SiteLists = { neverOnSites: [], onlyOnSites: [] };

describe('which sites are read', () => {
  it.each([
    // lists, host, allowed
    [NONE, 'pubmed.ncbi.nlm.nih.gov', true],
    [{ ...NONE, neverOnSites: ['bank.example'] }, 'bank.example', false],
    [{ ...NONE, neverOnSites: ['bank.example'] }, 'online.bank.example', false],
    [{ ...NONE, neverOnSites: ['bank.example'] }, 'notbank.example', true],
    [{ ...NONE, neverOnSites: ['bank.example'] }, 'bank.example.org', true],
    [{ ...NONE, onlyOnSites: ['nih.gov'] }, 'pubmed.ncbi.nlm.nih.gov', true],
    [{ ...NONE, onlyOnSites: ['nih.gov'] }, 'example.org', false],
    [{ ...NONE, onlyOnSites: ['nih.gov'] }, 'fakenih.gov', false],
    [{ neverOnSites: ['pubmed.ncbi.nlm.nih.gov'], onlyOnSites: ['nih.gov'] }, 'pubmed.ncbi.nlm.nih.gov', false],
    [{ neverOnSites: ['pubmed.ncbi.nlm.nih.gov'], onlyOnSites: ['nih.gov'] }, 'www.nih.gov', true],
  ] as const)('%j on %s: %s', (lists, host, allowed) => {
    expect(siteAllowed(lists, host)).toBe(allowed);
    // Marking follows the same rule (when not paused and not waiting for a click).
    expect(runsOn({ ...DEFAULT_SETTINGS, neverOnSites: [...lists.neverOnSites], onlyOnSites: [...lists.onlyOnSites] }, host)).toBe(allowed);
  });
});

describe("the popup's switch for the current site", () => {
  it.each([
    [NONE, 'www.example.org'],
    [{ ...NONE, neverOnSites: ['example.org'] }, 'www.example.org'],
    [{ ...NONE, onlyOnSites: ['nih.gov'] }, 'example.org'],
    [{ neverOnSites: ['example.org', 'www.example.org'], onlyOnSites: ['nih.gov'] }, 'www.example.org'],
  ] as const)('turns %j on and off for %s, and the rule agrees each time', (lists, host) => {
    const on = switchSite(lists, host, true);
    expect(siteAllowed(on, host)).toBe(true);
    const off = switchSite(on, host, false);
    expect(siteAllowed(off, host)).toBe(false);
  });

  it('switching one site off leaves every other site as it was', () => {
    const lists: SiteLists = { neverOnSites: ['bank.example'], onlyOnSites: [] };
    const off = switchSite(lists, 'news.example', false);
    expect(off).toEqual({ neverOnSites: ['bank.example', 'news.example'], onlyOnSites: [] });
    expect(siteAllowed(off, 'other.example')).toBe(true);
  });
});
