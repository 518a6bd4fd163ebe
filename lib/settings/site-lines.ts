/**
 * A site list as a person types it (one site per line) → the host names to save, and the lines
 * that are not sites, so they can be pointed out while the good ones are kept.
 * A pasted address ("https://www.example.org/page") counts as its host name.
 */
import { SiteHost } from './schema';

export interface InvalidLine {
  /** 1-based, as a person counts lines. */
  line: number;
  text: string;
}

export interface SiteLines {
  hosts: string[];
  invalid: InvalidLine[];
  /** Lines left out because the list is full. */
  overLimit: number;
}

/** As in the Settings schema (neverOnSites, onlyOnSites: at most 500). */
export const MAX_SITES = 500;

function hostOf(text: string): string | undefined {
  const plain = SiteHost.safeParse(text);
  if (plain.success) return plain.data;
  try {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    // The URL parser also turns international names into the ASCII form pages report as their host.
    const host = SiteHost.safeParse(url.hostname);
    return host.success ? host.data : undefined;
  } catch {
    return undefined;
  }
}

export function parseSiteLines(text: string): SiteLines {
  const hosts: string[] = [];
  const invalid: InvalidLine[] = [];
  let overLimit = 0;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const host = hostOf(line);
    if (host === undefined) invalid.push({ line: index + 1, text: line });
    else if (hosts.includes(host)) return;
    else if (hosts.length >= MAX_SITES) overLimit += 1;
    else hosts.push(host);
  });
  return { hosts, invalid, overLimit };
}

/** What to tell the person about the lines that were not saved, or undefined when all were. */
export function describeProblems({ invalid, overLimit }: SiteLines): string | undefined {
  const parts: string[] = [];
  if (invalid.length > 0) {
    const lines = invalid.map(({ line, text }) => `“${text}” (line ${line})`).join(', ');
    parts.push(
      invalid.length === 1
        ? `This line is not a site and was not saved: ${lines}. Write a host name such as example.org.`
        : `These lines are not sites and were not saved: ${lines}. Write host names such as example.org.`,
    );
  }
  if (overLimit > 0) parts.push(`The list holds at most ${MAX_SITES} sites: ${overLimit} more were not saved.`);
  if (parts.length === 0) return undefined;
  return `${parts.join(' ')} The other sites are saved.`;
}
