// Astro integration: every client script is built on its own, with its own copy of the modules it
// imports from src/, so the bundler makes no chunk shared between scripts. A shared chunk is a file the
// browser only discovers once the script that imports it has arrived: one more round trip. Scripts
// without imports that are small enough Astro writes into the page itself. The price: a module two
// scripts import is downloaded twice, so such modules must stay small and hold no state that must be
// unique on a page (a Trusted Types policy is created by one script only).
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The query that gives a module its own copy for one script. */
const copyParameter = 'script-copy';

/** Which script a module is imported for: the script's own id, or the copy tag its importer carries. */
function scriptTag(importer: string): string | undefined {
  if (/[?&]astro&type=script/.test(importer)) return String(hashOf(importer));
  return new RegExp(`[?&]${copyParameter}=([^&]+)`).exec(importer)?.[1];
}

function hashOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0;
  return hash;
}

function copyPerScript(sourceDir: string): Plugin {
  return {
    name: 'self-contained-scripts',
    applyToEnvironment: (environment) => environment.name === 'client',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const tag = scriptTag(importer);
      if (!tag) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(sourceDir) || resolved.id.includes('?'))
        return resolved;
      return { ...resolved, id: `${resolved.id}?${copyParameter}=${tag}` };
    },
  };
}

export function selfContainedScripts(): AstroIntegration {
  return {
    name: 'self-contained-scripts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [copyPerScript(new URL('src/', config.root).pathname)] } });
      },
    },
  };
}
