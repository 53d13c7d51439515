// The MDN HTTP Observatory's scan of one host on given ports (its own command line knows only port 443
// and 80), scored exactly as its scanner scores a site. Prints the JSON result.
// Run with NODE_EXTRA_CA_CERTS naming the certificate the server uses when it is self-signed.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { retrieve } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';
import { ALL_TESTS, NUM_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';

// The package's install script downloads Chromium's HSTS preload list; installed with --ignore-scripts
// (no downloads) it has none. A host under test is not on that list anyway, so an empty one is exact.
const packageRoot = dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));
const preloadList = join(packageRoot, 'conf', 'hsts-preload.json');
if (!existsSync(preloadList)) writeFileSync(preloadList, '{}\n');

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: 'localhost' },
    'https-port': { type: 'string', default: '443' },
    'http-port': { type: 'string', default: '80' },
  },
});

const requests = await retrieve(values.host, { httpsPort: values['https-port'], httpPort: values['http-port'] });
if (!requests.responses.auto) throw new Error(`${values.host} did not answer`);
const results = ALL_TESTS.map((test) => test(requests));
let withExtraCredit = 100;
let uncurved = 100;
const tests = {};
for (const result of results) {
  const modifier = result.result ? getScoreModifier(result.result) : 0;
  withExtraCredit += modifier;
  if (modifier < 0) uncurved += modifier;
  tests[result.constructor.name] = { result: result.result, pass: result.pass, scoreModifier: modifier };
}
const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
const passed = Object.values(tests).filter((test) => test.pass).length;
console.log(JSON.stringify({ grade, score, testsPassed: passed, testsQuantity: NUM_TESTS, tests }, null, 2));
