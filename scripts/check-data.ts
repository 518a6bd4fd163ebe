/** `npm run check:data`: validates data/ and prints every style problem, with counts per category. */
import { checkStudyContent, checkTermContent, findSharedSurfaceForms } from '../lib/index/content-rules';
import { fleschKincaid } from '../lib/text/readability';
import { DataError, readData } from './read-data';

try {
  const data = readData('data');
  const problems = [
    ...data.terms.flatMap(checkTermContent),
    ...data.studies.flatMap(checkStudyContent),
    ...findSharedSurfaceForms(data.terms),
  ];
  const byCategory = new Map<string, number>();
  for (const term of data.terms) byCategory.set(term.category, (byCategory.get(term.category) ?? 0) + 1);
  const surfaceForms = data.terms.reduce((sum, term) => sum + 1 + term.aliases.length, 0);
  console.log(`${data.terms.length} terms, ${surfaceForms} surface forms, ${data.studies.length} research notes`);
  console.log([...byCategory].map(([category, count]) => `  ${category}: ${count}`).join('\n'));
  if (process.argv.includes('--grades')) {
    for (const term of data.terms) console.log(`  grade ${fleschKincaid(term.summary).grade}\t${term.id}`);
  }
  for (const problem of problems) console.log(`PROBLEM ${problem.id} ${problem.field}: ${problem.message}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
