/**
 * Vite plugin: turns data/ into virtual modules at build time, validating every file on the way.
 *   virtual:plainly/candidate-patterns → the first stage's candidate test (every page)
 *   virtual:plainly/compiled-matcher   → the matcher and page rules as data (marks stage, background)
 *   virtual:plainly/full-index         → entries, research notes, search index (background)
 * A bad data file fails the build with every problem listed.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileFullIndex } from './compile-full-index';
import { buildMatcherTable } from './surface-forms';
import { compileCandidatePatterns } from './compile-candidates';
import { compileMatcher } from './compile-matcher';
import { readData } from './read-data';

const matcherTableOf = (dataDir: string) => buildMatcherTable(readData(dataDir).terms);

const MODULES: Record<string, (dataDir: string) => unknown> = {
  'virtual:plainly/candidate-patterns': (dataDir) => compileCandidatePatterns(matcherTableOf(dataDir)),
  'virtual:plainly/compiled-matcher': (dataDir) => compileMatcher(matcherTableOf(dataDir)),
  'virtual:plainly/full-index': (dataDir) => {
    const data = readData(dataDir);
    return compileFullIndex(data.terms, data.studies);
  },
};

/** `dataDir` defaults to data/ of the project the build runs in. */
export function plainlyIndexPlugin(dataDir = resolve(process.cwd(), 'data')): Plugin {
  return {
    name: 'plainly-index',
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const compile = MODULES[id.slice(1)];
      if (!compile) return undefined;
      // JSON.parse of a string literal is faster to start than the same object literal (V8).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compile(dataDir)))});`;
    },
  };
}
