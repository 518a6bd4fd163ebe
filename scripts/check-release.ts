/** Before `npm run zip`: no release while any entry or note is past its review date (build/review-dates.ts). */
import { readData } from '../build/read-data';
import { overdueReviews, todayIso } from '../build/review-dates';

const { terms, studies } = readData('data');
const overdue = overdueReviews([...terms, ...studies], todayIso());
for (const entry of overdue) console.error(`OVERDUE ${entry.id}: review was due ${entry.nextReview}`);
if (overdue.length > 0) {
  console.error(`No release: ${overdue.length} entries are past their review date. Review them (data/README.md), then zip again.`);
  process.exitCode = 1;
} else {
  console.log(`Every entry and note is within its review date (${terms.length + studies.length} checked).`);
}
