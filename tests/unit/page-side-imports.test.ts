/**
 * The modules the page needs to match terms import nothing at run time that the page must not
 * load: no zod, no schema, no build-side code. Type-only imports are fine (the compiler drops them).
 */
import { existsSync, readFileSync } from 'node:fs';
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

describe('page-side matching modules', () => {
  it('load neither zod nor the schema nor build-time code', () => {
    const { files, packages } = runtimeClosure(PAGE_SIDE);
    expect([...packages]).toEqual([]);
    expect([...files].filter((file) => !file.startsWith('lib/'))).toEqual([]);
    expect([...files]).not.toContain('lib/index/schema.ts');
    expect([...files]).not.toContain('lib/match/surface-forms.ts');
    // The walk itself works: it finds what these modules do import.
    expect([...files]).toEqual(expect.arrayContaining(['lib/text/fold.ts', 'lib/match/shared-forms.ts', 'lib/text/without-accents.ts']));
  });
});
