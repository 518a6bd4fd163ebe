/**
 * Entry text is rendered only as text: no source file of ours may write HTML from strings
 * (innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

describe('no HTML from strings', () => {
  it('finds no HTML sink in our sources', () => {
    const offenders = SOURCE_DIRS.flatMap(sourceFiles).filter((file) => HTML_SINKS.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('would catch one (the pattern is live)', () => {
    expect(HTML_SINKS.test('element.innerHTML = entry.summary')).toBe(true);
    expect(HTML_SINKS.test('<div dangerouslySetInnerHTML={{ __html: x }} />')).toBe(true);
  });
});
