/**
 * Comments and documents that point somewhere must point at something: every repository path a source file or a .md names
 * exists, and every section of docs/architecture.md it cites is a heading there. A renamed file or
 * section otherwise leaves comments that send a newcomer nowhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOMS = 'lib|platform|page-text|build|scripts|entrypoints|components|tests|data|docs';
const PATH = new RegExp(`(?<![\\w./-])(?:${ROOMS})/[\\w./-]*\\w\\.(?:ts|tsx|md|json|html|js|css)\\b`, 'g');
/** `docs/architecture.md, "Matching"` or `docs/architecture.md, Decision 2`. */
const SECTION = /docs\/architecture\.md,\s*(?:"([^"]+)"|(Decision \d+))/g;

const sources = execFileSync('git', ['ls-files', '-c', '-o', '--exclude-standard', '*.ts', '*.tsx', '*.md', 'wxt.config.ts'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && existsSync(file));

const headings = readFileSync('docs/architecture.md', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('#'))
  .map((line) => line.replace(/^#+\s*/, ''));

function cited(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((found) => found[1] ?? found[2] ?? found[0]);
}

describe('citations in the code', () => {
  it('name files that exist', () => {
    const missing = sources.flatMap((file) => cited(PATH, readFileSync(file, 'utf8')).filter((path) => !existsSync(path)).map((path) => `${file} → ${path}`));
    expect(missing).toEqual([]);
    // The search sees citations: the code cites these.
    expect(sources.some((file) => cited(PATH, readFileSync(file, 'utf8')).includes('lib/text/fold.ts'))).toBe(true);
  });

  it('cite sections of docs/architecture.md that exist', () => {
    const all = sources.flatMap((file) => cited(SECTION, readFileSync(file, 'utf8').replace(/\n\s*\*\s*/g, ' ')).map((section) => ({ file, section })));
    expect(all.length).toBeGreaterThan(5);
    const missing = all.filter(({ section }) => !headings.some((heading) => heading === section || heading.startsWith(`${section}:`)));
    expect(missing).toEqual([]);
  });
});
