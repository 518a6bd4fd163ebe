/**
 * Reads every file in data/terms and data/studies and validates it against the schema.
 * Build-time and test-time only (Node): the extension receives the compiled result, never these files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import type * as z from 'zod/mini';
import { StudyNote, TermEntry } from '../lib/index/schema';

export interface DataSet {
  terms: TermEntry[];
  studies: StudyNote[];
}

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`data/ has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
}

function readFolder<T>(folder: string, schema: z.ZodMiniType<T>, problems: string[]): T[] {
  const items: T[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
    const path = join(folder, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${path}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      continue;
    }
    const id = (parsed.data as { id: string }).id;
    if (`${id}.json` !== basename(path)) problems.push(`${path}: file name must be the id (${id}.json)`);
    items.push(parsed.data);
  }
  return items;
}

/** Cross-entry rules the per-file schema cannot see: unique ids, links that resolve. */
function checkLinks(data: DataSet, problems: string[]): void {
  const termIds = new Set<string>();
  for (const term of data.terms) {
    if (termIds.has(term.id)) problems.push(`duplicate term id ${term.id}`);
    termIds.add(term.id);
  }
  const studyIds = new Set<string>();
  for (const study of data.studies) {
    if (studyIds.has(study.id) || termIds.has(study.id)) problems.push(`duplicate id ${study.id}`);
    studyIds.add(study.id);
  }
  for (const term of data.terms) {
    for (const related of term.related) {
      if (!termIds.has(related)) problems.push(`${term.id}: related entry "${related}" does not exist`);
      if (related === term.id) problems.push(`${term.id}: related to itself`);
    }
  }
  for (const study of data.studies) {
    for (const termId of study.terms) if (!termIds.has(termId)) problems.push(`${study.id}: term "${termId}" does not exist`);
  }
}

/** Loads and validates data/; throws a DataError listing every problem at once. */
export function readData(dataDir: string): DataSet {
  const problems: string[] = [];
  const data = {
    terms: readFolder(join(dataDir, 'terms'), TermEntry, problems),
    studies: readFolder(join(dataDir, 'studies'), StudyNote, problems),
  };
  checkLinks(data, problems);
  if (problems.length > 0) throw new DataError(problems);
  return data;
}
