/**
 * `npm run --silent index:export`: the whole index, validated, as one JSON document
 * {"terms":[...],"studies":[...]} in the schema's shape, for review tools and audits.
 */
import { readData } from '../build/read-data';

const { terms, studies } = readData('data');
process.stdout.write(`${JSON.stringify({ terms, studies })}\n`);
