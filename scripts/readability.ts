// npm run readability: the readability bars of issue 4 over every German explanation (key texts and
// the portals' own). Prints the figures; exits 1 when a bar is missed. Same check as the unit test.
import { KEY_TEXTS } from '../lib/explain';
import { READABILITY_BARS, readabilityReport } from '../lib/explain/readability-report';
import { PORTALS } from '../lib/portals/registry';

const report = readabilityReport(KEY_TEXTS.de, KEY_TEXTS['de-simple'], PORTALS);
const { standard, simple } = report;
const f = (n: number) => n.toFixed(1);

console.log(`German standard (de): ${standard.texts} texts (44 keys + ${standard.texts - 44} portal fields)`);
console.log(`  Amstad reading ease, mean over texts: ${f(standard.meanReadingEase)} (bar >= ${READABILITY_BARS.minMeanReadingEase})`);
console.log(`  Amstad reading ease, all texts pooled: ${f(standard.pooledReadingEase)}; mean sentence ${f(standard.meanSentenceWords)} words`);
console.log(`  hardest: ${standard.hardest.map((h) => `${h.id} ${f(h.readingEase)}`).join(', ')}`);
console.log(`Einfache Sprache (de-simple): ${simple.texts} texts, ${simple.sentences} sentences`);
console.log(`  mean sentence length: ${f(simple.meanSentenceWords)} words (bar <= ${READABILITY_BARS.maxMeanSentenceWords})`);
console.log(`  longest sentence: ${simple.maxSentenceWords} words (bar <= ${READABILITY_BARS.maxSentenceWords}), ${simple.longest.id}: "${simple.longest.sentence}"`);

if (report.failures.length > 0) {
  for (const failure of report.failures) console.error(`FAIL ${failure}`);
  process.exit(1);
}
console.log('readability: all bars met');
