// A throwaway copy of the project to build with other data (the directory benchmark, the test that a
// broken offices.yaml stops the build): the real content is never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = join(import.meta.dirname, '..');

/** Copies what the build reads into a new temporary folder (node_modules is linked) and returns its path. */
export function copyProject() {
  const target = mkdtempSync(join(tmpdir(), 'pomoc-copy-'));
  for (const name of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    '.htmlvalidate.json',
    'src',
    'content',
    'public',
    'scripts/build.ts',
  ]) {
    cpSync(join(project, name), join(target, name), { recursive: true });
  }
  symlinkSync(realpathSync(join(project, 'node_modules')), join(target, 'node_modules'), 'dir');
  return target;
}

export function removeCopy(target) {
  rmSync(target, { recursive: true, force: true });
}

/**
 * Runs a package's command (astro, pagefind) in `cwd` with this Node, with `env` added to the environment;
 * returns its status, output and seconds.
 */
export function runTool(tool, args, cwd, env = {}) {
  const started = performance.now();
  const script = realpathSync(join(cwd, 'node_modules/.bin', tool));
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  });
  // Without the terminal colour codes.
  // eslint-disable-next-line no-control-regex -- the escape character is what starts a colour code
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, seconds: (performance.now() - started) / 1000 };
}
