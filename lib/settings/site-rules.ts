/**
 * The one rule for which sites Plainly MS reads, used by marking (run-rules.ts), the popup's switch
 * and so the badge: a listed site covers its sub-domains ("example.org" covers "www.example.org"),
 * "never" wins over "only on", and an empty "only on" list means every site.
 */
/** The two lists of the settings, as `Settings` holds them (read-only here). */
export interface SiteLists {
  neverOnSites: readonly string[];
  onlyOnSites: readonly string[];
}

/** Whether a listed site covers `host`: the same host, or one of its sub-domains. */
export function covers(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

export function siteAllowed({ neverOnSites, onlyOnSites }: SiteLists, host: string): boolean {
  if (neverOnSites.some((site) => covers(site, host))) return false;
  return onlyOnSites.length === 0 || onlyOnSites.some((site) => covers(site, host));
}

/**
 * The change that makes `host` allowed or not, and nothing else where it can: switching a site off
 * adds it to "never"; switching it on drops every "never" entry that covers it and, when an "only
 * on" list leaves it out, adds it there.
 */
export function switchSite(lists: SiteLists, host: string, allowed: boolean): { neverOnSites: string[]; onlyOnSites: string[] } {
  if (!allowed) {
    return { neverOnSites: lists.neverOnSites.includes(host) ? [...lists.neverOnSites] : [...lists.neverOnSites, host], onlyOnSites: [...lists.onlyOnSites] };
  }
  const neverOnSites = lists.neverOnSites.filter((site) => !covers(site, host));
  const leftOut = lists.onlyOnSites.length > 0 && !lists.onlyOnSites.some((site) => covers(site, host));
  return { neverOnSites, onlyOnSites: leftOut ? [...lists.onlyOnSites, host] : [...lists.onlyOnSites] };
}
