// `npm run test:vnu`: the Nu HTML Checker (the W3C validator, run locally from the vnu-jar package on the
// system's Java 17 or later) over every built page; any error fails. It catches what html-validate does not,
// such as ARIA attributes on elements whose role does not allow them.
//
//   node scripts/validate-nu.mjs [dir]   (default: DIST_DIR or dist)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dir = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');
const java = process.env.JAVA ?? 'java';

const result = spawnSync(java, ['-jar', jar, '--errors-only', '--skip-non-html', dir], { stdio: 'inherit' });
if (result.error) {
  console.error(
    `test:vnu: could not run ${java} (${result.error.message}). The checker needs Java 17 or later ` +
      '(Debian: apt-get install default-jre-headless), or set JAVA to its path.',
  );
  process.exit(1);
}
if (result.status === 0) console.log(`test:vnu: no errors in the pages under ${dir}.`);
process.exit(result.status ?? 1);
