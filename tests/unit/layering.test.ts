/**
 * The rooms of the house and what each may import (docs/architecture.md, "Rooms"). The core (lib/)
 * imports only itself and its two packages; page-text/ adds nothing but the core; only platform/ and
 * entrypoints reach the browser; nothing that ships imports build/. And the modules the page needs to
 * match terms import nothing at run time that the page must not load: no zod, no schema, no build-side
 * code (type-only imports are fine there: the compiler drops them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PAGE_SIDE = ['lib/match/matcher.ts', 'lib/match/page-matcher.ts', 'lib/match/candidates.ts', 'lib/match/compiled-matcher.ts'];

/** Module specifiers a file imports once compiled to JavaScript (type-only imports are gone by then). */
function runtimeImports(file: string): string[] {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  return [...outputText.matchAll(/^\s*(?:import|export)\s(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)].map((found) => found[1]);
}

/** Every file and package reached from `entries` by run-time imports. */
function runtimeClosure(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith('.')) packages.add(specifier);
      else visit(relative('.', [`${join(dirname(file), specifier)}.ts`, join(dirname(file), specifier, 'index.ts')].find(existsSync) ?? specifier));
    }
  };
  entries.forEach(visit);
  return { files, packages };
}

/** Every import specifier written in a file, type-only ones included. */
function writtenImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)].map((found) => found[1]);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(folder, name));
}

/** What an import names: a folder of the project (its first path part) or a package. */
function importedRoom(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return `package:${specifier}`;
  return relative('.', join(dirname(file), specifier)).split('/')[0];
}

/** Rooms and packages each folder may import; the folder itself is always allowed. */
const MAY_IMPORT: Record<string, string[]> = {
  lib: ['package:zod/mini', 'package:fuse.js'],
  'page-text': ['lib'],
  platform: ['lib', 'package:wxt/browser', 'package:zod/mini'],
  components: ['lib', 'platform', 'package:preact', 'package:preact/hooks'],
};

describe('rooms of the house', () => {
  for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
    it(`${folder}/ imports only ${allowed.join(', ')}`, () => {
      const files = sourceFiles(folder);
      expect(files.length).toBeGreaterThan(0);
      const outside = files.flatMap((file) =>
        writtenImports(file)
          .map((specifier) => importedRoom(file, specifier))
          .filter((room) => room !== folder && !allowed.includes(room))
          .map((room) => `${file} → ${room}`),
      );
      expect(outside).toEqual([]);
    });
  }

  it('only the background writes settings (one writer: pages and extension pages only read)', () => {
    const shipped = [...sourceFiles('entrypoints'), ...sourceFiles('components'), ...sourceFiles('platform'), ...sourceFiles('lib')];
    const writers = shipped.filter((file) => writtenImports(file).some((specifier) => specifier.endsWith('/settings-writer')));
    expect(writers).toEqual(['entrypoints/background/index.ts']);
  });

  it('nothing that ships imports build-time code', () => {
    const shipped = [...sourceFiles('entrypoints'), ...sourceFiles('components'), ...sourceFiles('lib'), ...sourceFiles('platform'), ...sourceFiles('page-text')];
    const intoBuild = shipped.filter((file) => writtenImports(file).some((specifier) => importedRoom(file, specifier) === 'build'));
    expect(intoBuild).toEqual([]);
    // The check can see an import of build/: the test tools do import it.
    expect(writtenImports('scripts/scan.ts').some((specifier) => importedRoom('scripts/scan.ts', specifier) === 'build')).toBe(true);
  });
});

describe('page-side matching modules', () => {
  it('load neither zod nor the schema nor build-time code', () => {
    const { files, packages } = runtimeClosure(PAGE_SIDE);
    expect([...packages]).toEqual([]);
    expect([...files].filter((file) => !file.startsWith('lib/'))).toEqual([]);
    expect([...files]).not.toContain('lib/index/schema.ts');
    expect([...files]).not.toContain('build/surface-forms.ts');
    // The walk itself works: it finds what these modules do import.
    expect([...files]).toEqual(expect.arrayContaining(['lib/text/fold.ts', 'lib/match/shared-forms.ts', 'lib/text/without-accents.ts']));
  });
});
