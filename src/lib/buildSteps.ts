// How the build is split. `npm run build` (scripts/build.ts) runs `astro build`, then, once Astro has exited
// and its memory is free, writes the search index, the vCard files and _headers in a process of its own: a
// directory of 25,000 offices otherwise holds Astro's memory and Pagefind's at the same time, and the files
// are written while Pagefind works. A plain `astro build` (without this variable) does that work in its own
// last hooks, so it still makes a complete site.

/** Set by scripts/build.ts for the `astro build` it starts. */
export const finishAfterAstroVariable = 'FINISH_AFTER_ASTRO';

/** Whether the search index, the vCard files and _headers are left to the step after `astro build`. */
export function finishedAfterAstro(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[finishAfterAstroVariable] === '1';
}
