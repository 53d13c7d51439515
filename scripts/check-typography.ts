// Checks the built pages for what typography forbids in visible text: on Polish pages a one-letter word
// (a, i, o, u, w, z) followed by a breaking space, i.e. left at a line's end; on every page a space before a comma.
// Usage: node scripts/check-typography.ts [dist]   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { builtFiles } from '../src/lib/builtFiles.ts';
import { htmlTextRuns, isPolishPage, visibleText } from '../src/lib/htmlText.ts';
import { looseOneLetterWords, spacesBeforeCommas } from '../src/lib/typography.ts';

const dist = process.argv[2] ?? 'dist';
const pages = builtFiles(dist, { ext: '.html' }).map(({ file }) => file);

const problems: string[] = [];
let checked = 0;
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  for (const found of spacesBeforeCommas(visibleText(html)))
    problems.push(`${relative(dist, file)}: space before a comma in "${found}"`);
  if (!isPolishPage(html)) continue;
  checked += 1;
  for (const run of htmlTextRuns(html)) {
    for (const found of looseOneLetterWords(run))
      problems.push(`${relative(dist, file)}: "${found}" in "${run.trim().slice(0, 80)}"`);
  }
}

if (checked === 0) {
  console.error(`No Polish pages found in ${dist}/: build the site first.`);
  process.exit(1);
}
if (problems.length > 0) {
  console.error(`Typography: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Typography: ${pages.length} pages checked, no space before a comma; ${checked} Polish pages, no one-letter word before a breaking space.`,
);
