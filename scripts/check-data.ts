/** `npm run check:data`: validates data/ and prints every style problem, with counts per category. */
import { checkStudyContent, checkTermContent, describeIndexSize, findSharedSurfaceForms, indexSize } from '../build/index-style-checks';
import { fleschKincaid } from '../build/readability';
import { DataError, readData } from '../build/read-data';
import { overdueReviews, todayIso } from '../build/review-dates';

try {
  const data = readData('data');
  const problems = [
    ...data.terms.flatMap(checkTermContent),
    ...data.studies.flatMap(checkStudyContent),
    ...findSharedSurfaceForms(data.terms),
  ];
  console.log(describeIndexSize(indexSize(data.terms, data.studies)));
  if (process.argv.includes('--grades')) {
    for (const term of data.terms) console.log(`  grade ${fleschKincaid(term.summary).grade}\t${term.id}`);
  }
  for (const problem of problems) console.log(`PROBLEM ${problem.id} ${problem.field}: ${problem.message}`);
  // Listed, not failed: the data are still valid; a release refuses them (scripts/check-release.ts).
  for (const entry of overdueReviews([...data.terms, ...data.studies], todayIso())) console.log(`OVERDUE ${entry.id}: review was due ${entry.nextReview}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
