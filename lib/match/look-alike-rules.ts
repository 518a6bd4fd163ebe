/**
 * Look-alikes: surface forms that mean something else on many pages (docs/architecture.md,
 * "Look-alikes and shared forms"). Each rule is keyed by the form exactly as the entry writes it
 * and says when a match of that form is NOT the MS term. Rules are checked on the match's own block
 * of text; `needsMsPage` forms wait until the page has shown another MS term.
 */

export interface LookAlikeRule {
  /** Marked only on pages about MS: a drug, test, disease or safety term of the index appears too. */
  needsMsPage?: boolean;
  /** Not marked when the text just before the match (up to 40 characters) matches. */
  notAfter?: RegExp;
  /** Not marked when the text just after the match (up to 40 characters) matches. */
  notBefore?: RegExp;
  /** Marked only when the text before matches `before` or the text after matches `after`. */
  onlyWith?: { before?: RegExp; after?: RegExp };
  /** Not marked when its block of text contains this. */
  notInBlockWith?: RegExp;
  /**
   * Not marked on pages mostly about something else: when at least as many blocks of the page
   * match this as blocks show an MS term (a leukaemia page that mentions cladribine in passing).
   */
  notOnPagesAbout?: RegExp;
}

const MONTH_CAPS = /\b(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|NOV|DEC)\b/;
const WORDS_OF_ADDICTION_OR_CANCER = /\b(?:addict\w*|alcohol\w*|drink\w*|smok\w*|opioid\w*|substance|sobriety|sober|cancer\w*|tumou?r\w*|leuka?emi\w*|lymphoma\w*|carcinoma\w*|chemotherapy)\b/i;

export const LOOK_ALIKE_RULES: Record<string, LookAlikeRule> = {
  // Microsoft products, mass spectrometry (LC-MS, MS/MS), Mississippi ("Jackson, MS", a ZIP code),
  // the title written in capitals ("MS. JANE JONES", "MS JONES"), trial names (DELIVER-MS).
  MS: {
    notBefore: new RegExp(
      '^(?:[\\s-]*(?:Word|Office|Excel|Teams|Outlook|Access|Paint|Windows|SQL|DOS|Edge|PowerPoint|Visio|Project|Azure|Exchange|Store|Defender|OneNote)\\b' +
        '|\\/MS\\b|\\s*\\d{5}\\b|\\.\\s+(?:[A-Z]\\.|(?!(?:MRI|OCT|EDSS|PML|JCV|RRMS|PPMS|THE|THIS|IT|IN|MOST|SOME|MANY)\\b)[A-Z]{2,}\\b)' +
        // A surname in capitals ("MS JONES"), but not the words that follow MS in capitalised headings.
        '|\\s+(?!(?:CLINIC|SOCIETY|TRUST|CENTRE|CENTER|NURSES?|TEAM|SERVICES?|UNIT|DAY|WEEK|RESEARCH|FOUNDATION|' +
        'PATIENTS?|SPECIALISTS?|DRUGS?|MEDICINES?|TREATMENTS?|RELAPSES?|SYMPTOMS?|AWARENESS|HUG|FATIGUE|SUPPORT|GROUP|' +
        'NEWS|NEWSLETTER|CARE|HEALTH|ACTION|CONNECT|WALK|GUIDE|UPDATE|CONFERENCE|NETWORK|ASSOCIATION|ALLIANCE|' +
        'INFORMATION|HELPLINE|AND|OR|IN|IS)\\b)[A-Z]{2,}\\b)',
    ),
    notAfter: /(?:\b(?:LC|GC|HPLC|UPLC|MALDI|ESI|TOF|ICP)[\s-]*|MS\/|\b[A-Z]{2,}-|\b[A-Z][a-z]+,\s*)$/,
    notInBlockWith: /\bmass spectrometr|\bMicrosoft\b|\bspectr(?:a|um)\b|\bm\/z\b|\b(?:LC|GC)-MS\b/i,
  },
  // The month written in capitals: "12 OCT 2024", "OCT 12, 2024", "OCT 2024", "OCT '24".
  OCT: {
    notBefore: /^[/.-]\d|^\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*,?\s*\d{4}|\b(?!\s*(?:µm|um|microns?|months?|weeks?|years?|days?|eyes?|scans?|%))))|^\.?\s*(?:\d{4}|['’]\d{2})\b/,
    notAfter: /\b\d{1,2}(?:st|nd|rd|th)?[\s-]*$|\d[/.-]$/,
    notInBlockWith: MONTH_CAPS,
  },
  // Promyelocytic leukaemia (PML-RARA, PML nuclear bodies); the Pakistan Muslim League (PML-N).
  PML: {
    notBefore: /^[\s-]*(?:RAR|nuclear bod|N\b)/i,
    notInBlockWith: /leuka?emi|promyelocytic|PML[\s-]?RAR|nuclear bod|tretinoin|arsenic trioxide|Pakistan|Muslim League/i,
  },
  // Only in statistics: "95% CI 0.55–0.88", "CI: 0.5 to 0.9" (not CI/CD, not a place).
  CI: {
    onlyWith: { before: /\d\s*%\s*$/, after: /^\s*[:=(]?\s*[-−–]?\d/ },
  },
  // Hazard ratio, not heart rate ("HR 72 bpm"), human resources or hormone receptors ("HR+"):
  // a ratio comes with a decimal number ("HR 0.69", "[HR], 0.72").
  HR: {
    notBefore: /^\s*[:=]?\s*\d+\s*(?:bpm|beats|\/min)/i,
    onlyWith: { after: /^[\s\])]*[:=(,]?\s*(?:of\s*|was\s*|=\s*)?\d*\.\d/, before: /\badjusted\s*$/i },
  },
  // Annualised relapse rate; "absolute risk reduction (ARR)" defined on a page takes over (page matcher).
  ARR: { needsMsPage: true },
  // Open-label extension, not Microsoft's OLE (objects, servers, OLE DB) nor Ole Miss.
  OLE: {
    needsMsPage: true,
    notBefore: /^\s+(?:MISS|objects?|server|DB|controls?|automation)\b/i,
    notInBlockWith: /\bobject linking\b|\bMicrosoft\b|\bCOM\b|\bActiveX\b|\b(?:Word|Excel|Office|spreadsheet|embedded|Windows)\b/i,
  },
  // A relapse in addiction or cancer is not an MS relapse.
  relapse: { needsMsPage: true, notInBlockWith: WORDS_OF_ADDICTION_OR_CANCER, notOnPagesAbout: WORDS_OF_ADDICTION_OR_CANCER },
  // Clinically isolated syndrome, not carcinoma in situ, the Commonwealth of Independent States or
  // "cis" (its lowercase forms never match: CIS is case-sensitive).
  CIS: {
    needsMsPage: true,
    notInBlockWith: /\bcarcinoma\b|\bin situ\b|\bbladder\b|\bCommonwealth\b|\bIndependent States\b|\bcisgender\b|\bBenchmarks?\b/i,
    notOnPagesAbout: WORDS_OF_ADDICTION_OR_CANCER,
  },
  // MRI of a knee is not about MS: the card talks about MS scans.
  MRI: { needsMsPage: true },
  'magnetic resonance imaging': { needsMsPage: true },
};

/**
 * The rule for every entry whose names are everyday words (the data's `onlyOnMsPages`: fatigue,
 * remission, lesion): an MS page, and not a page mostly about cancer or addiction, where "remission"
 * and "fatigue" mean something else.
 */
export const EVERYDAY_WORD_RULE: LookAlikeRule = { needsMsPage: true, notOnPagesAbout: WORDS_OF_ADDICTION_OR_CANCER };

/** Characters of context each side that rules look at. */
export const RULE_WINDOW = 40;

/** True when a match at [start, end) of `block` passes the rule (or there is none). */
export function passesRule(rule: LookAlikeRule | undefined, block: string, start: number, end: number): boolean {
  if (!rule) return true;
  const before = block.slice(Math.max(0, start - RULE_WINDOW), start);
  const after = block.slice(end, end + RULE_WINDOW);
  if (rule.notAfter?.test(before)) return false;
  if (rule.notBefore?.test(after)) return false;
  if (rule.notInBlockWith?.test(block)) return false;
  if (rule.onlyWith) {
    const { before: beforePattern, after: afterPattern } = rule.onlyWith;
    if (!(beforePattern?.test(before) || afterPattern?.test(after))) return false;
  }
  return true;
}
