/**
 * Deterministic benchmark pages: ordinary English with MS terms mixed in, laid out the way real
 * articles are (headings, paragraphs with inline <b>/<i>/<a>, lists, tables), so the page has many
 * small text nodes. The cost of a scan follows the number of text nodes as much as the megabytes
 * (docs/architecture.md, "Matching"; mark.js#76), so a page of a few huge paragraphs would flatter everyone.
 *
 * Each page comes with its visible text as one string, for the matcher-only benchmark in Node.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageSpec {
  /** File name stem and label in the report. */
  id: string;
  label: string;
  /** Stop adding sections once the visible text reaches this many characters (ASCII, so bytes). */
  targetChars?: number;
  /** Or stop at this many words. */
  targetWords?: number;
  /** One MS term per this many words on average; 0 = no terms at all. */
  wordsPerTerm: number;
  seed: number;
}

export interface GeneratedPage {
  spec: PageSpec;
  html: string;
  /** The visible text: every block's text, blocks joined by "\n". */
  text: string;
  words: number;
  termsInserted: number;
  /** Text-bearing elements written (blocks plus inline elements): a rough count of text nodes. */
  elements: number;
}

export const PAGE_SPECS: PageSpec[] = [
  { id: 'terms-100k', label: '100 KB', targetChars: 100_000, wordsPerTerm: 60, seed: 1 },
  { id: 'terms-1m', label: '1 MB', targetChars: 1_000_000, wordsPerTerm: 60, seed: 2 },
  { id: 'terms-5m', label: '5 MB', targetChars: 5_000_000, wordsPerTerm: 60, seed: 3 },
  { id: 'no-terms-10k-words', label: '10k words, no terms', targetWords: 10_000, wordsPerTerm: 0, seed: 4 },
];

/**
 * Everyday words for filler text. None is an MS term or part of one that matches alone
 * (no "relapse", "placebo", "trial"...); run.ts checks that the no-terms page yields zero matches.
 */
const WORDS = (
  'the of and to in is was for on that with as by at from it this be are have had not but or an they ' +
  'which one you were all we when there can their more also would about into some time very people ' +
  'could other than then these two first its after most only over such new where years may through ' +
  'many well even way much before three long little just because between same both each under never ' +
  'house garden river morning evening window table market letter story friend village bridge station ' +
  'kitchen summer winter autumn spring weather coast harbour valley forest meadow orchard library ' +
  'walk read write carry open close build paint cook travel listen watch bring follow remember ' +
  'quiet bright heavy gentle narrow wide early late careful simple ordinary useful local public ' +
  'road path hill field stone wood paper water bread coffee music street window corner garden ' +
  'school teacher student neighbour family season holiday journey festival museum painting ' +
  'building council committee report meeting weekend afternoon lunch dinner recipe ticket ' +
  'bicycle train ferry airport hotel shop bakery farmer fisherman sailor engineer'
).split(/\s+/);

/** mulberry32: tiny, fast, good enough for layout choices, and the same on every run. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

class PageWriter {
  readonly html: string[] = [];
  readonly text: string[] = [];
  words = 0;
  termsInserted = 0;
  elements = 0;
  private readonly random: () => number;

  constructor(
    private readonly spec: PageSpec,
    /** Names and aliases to insert, exactly as written in the entries. */
    private readonly forms: string[],
  ) {
    this.random = rng(spec.seed);
  }

  private pick<T>(items: T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private between(low: number, high: number): number {
    return low + Math.floor(this.random() * (high - low + 1));
  }

  /** One "word" of the stream: usually ordinary, about one in `wordsPerTerm` an MS term. */
  private word(): string {
    this.words++;
    if (this.spec.wordsPerTerm > 0 && this.random() < 1 / this.spec.wordsPerTerm) {
      this.termsInserted++;
      return this.pick(this.forms);
    }
    return this.pick(WORDS);
  }

  /** A run of words with some of them wrapped in inline elements; returns [html, text]. */
  private inline(count: number, sentences: boolean): [string, string] {
    const html: string[] = [];
    const text: string[] = [];
    let sentenceLeft = 0;
    for (let i = 0; i < count; ) {
      // Every 6–16 words, wrap the next 1–3 words in <b>, <i> or <a>: new text nodes mid-sentence.
      const plain = this.between(6, 16);
      for (let j = 0; j < plain && i < count; j++, i++) {
        let w = this.word();
        if (sentences && sentenceLeft === 0) {
          w = w[0].toUpperCase() + w.slice(1);
          sentenceLeft = this.between(8, 22);
        }
        sentenceLeft--;
        if (sentences && sentenceLeft === 0) w += '.';
        else if (this.random() < 0.06) w += ',';
        html.push(escapeHtml(w));
        text.push(w);
      }
      if (i >= count) break;
      const wrapped: string[] = [];
      for (let n = this.between(1, 3); n > 0 && i < count; n--, i++) wrapped.push(this.word());
      sentenceLeft = Math.max(1, sentenceLeft - wrapped.length);
      const inner = escapeHtml(wrapped.join(' '));
      const tag = this.pick(['b', 'i', 'a']);
      html.push(tag === 'a' ? `<a href="#s${this.between(1, 999)}">${inner}</a>` : `<${tag}>${inner}</${tag}>`);
      text.push(wrapped.join(' '));
      this.elements++;
    }
    return [html.join(' '), text.join(' ')];
  }

  private block(tag: string, words: number, sentences: boolean): void {
    const [html, text] = this.inline(words, sentences);
    this.html.push(`<${tag}>${html}</${tag}>`);
    this.text.push(text);
    this.elements++;
  }

  /** A heading, a few paragraphs, sometimes a list and a table. */
  section(index: number): void {
    this.html.push(`<section id="s${index}">`);
    this.block('h2', this.between(3, 8), false);
    for (let p = this.between(2, 5); p > 0; p--) this.block('p', this.between(40, 140), true);
    if (this.random() < 0.6) {
      this.html.push('<ul>');
      for (let li = this.between(3, 6); li > 0; li--) this.block('li', this.between(5, 16), false);
      this.html.push('</ul>');
    }
    if (this.random() < 0.4) {
      this.html.push('<table><tbody>');
      for (let row = this.between(3, 6); row > 0; row--) {
        this.html.push('<tr>');
        for (let cell = 0; cell < 3; cell++) this.block('td', this.between(1, 7), false);
        this.html.push('</tr>');
      }
      this.html.push('</tbody></table>');
    }
    this.html.push('</section>');
  }
}

export function generatePage(spec: PageSpec, forms: string[]): GeneratedPage {
  const writer = new PageWriter(spec, forms);
  let chars = 0;
  let counted = 0;
  const done = () => (spec.targetChars !== undefined ? chars >= spec.targetChars : writer.words >= (spec.targetWords ?? 0));
  for (let index = 1; !done(); index++) {
    writer.section(index);
    for (; counted < writer.text.length; counted++) chars += writer.text[counted].length + 1;
  }
  const html = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>Bench ${spec.label}</title>`,
    '<style>body{font:16px/1.5 serif;max-width:46rem;margin:2rem auto}td{border:1px solid #ccc;padding:2px 6px}</style>',
    '</head><body>',
    `<h1>Bench page: ${escapeHtml(spec.label)}</h1>`,
    ...writer.html,
    '</body></html>',
  ].join('\n');
  return {
    spec,
    html,
    text: writer.text.join('\n'),
    words: writer.words,
    termsInserted: writer.termsInserted,
    elements: writer.elements,
  };
}

/** Writes every page into `folder` (as `<id>.html`, plus an empty same-origin `blank.html`). */
export function writePages(folder: string, forms: string[], specs: PageSpec[] = PAGE_SPECS): GeneratedPage[] {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'blank.html'), '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
  return specs.map((spec) => {
    const page = generatePage(spec, forms);
    writeFileSync(join(folder, `${spec.id}.html`), page.html);
    return page;
  });
}
