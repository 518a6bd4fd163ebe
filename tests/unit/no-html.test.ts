/**
 * Entry text is rendered only as text: no source file of ours may write HTML from strings
 * (innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE_DIRS = ['entrypoints', 'components', 'lib'];
const HTML_SINKS = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b|document\.write\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const filesWithHtmlSinks = (dirs: string[]) => dirs.flatMap(sourceFiles).filter((file) => HTML_SINKS.test(readFileSync(file, 'utf8')));

describe('no HTML from strings', () => {
  it('finds no HTML sink in our sources', () => {
    expect(filesWithHtmlSinks(SOURCE_DIRS)).toEqual([]);
  });

  // The scan above passes as well when it reads nothing: here it must find planted sinks, in a
  // nested folder and in .ts and .tsx files, the way our sources are laid out.
  it('would catch one in a source file (the scan is live)', () => {
    const root = mkdtempSync(join(tmpdir(), 'plainly-sinks-'));
    try {
      mkdirSync(join(root, 'lib', 'cards'), { recursive: true });
      mkdirSync(join(root, 'components'));
      const planted = {
        [join(root, 'lib', 'cards', 'card.ts')]: 'element.innerHTML = entry.summary;\n',
        [join(root, 'components', 'Card.tsx')]: 'export const Card = () => <div dangerouslySetInnerHTML={{ __html: x }} />;\n',
        [join(root, 'lib', 'write.ts')]: 'document.write(entry.name);\n',
      };
      for (const [path, text] of Object.entries(planted)) writeFileSync(path, text);
      writeFileSync(join(root, 'lib', 'clean.ts'), 'element.textContent = entry.summary;\n');
      expect(filesWithHtmlSinks([join(root, 'lib'), join(root, 'components')]).sort()).toEqual(Object.keys(planted).sort());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
