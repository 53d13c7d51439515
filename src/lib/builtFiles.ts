// The one walk over a built site's files (or any folder's), shared by the build's integrations, the
// scripts and the tests, so each names a file the same way: by its path on the site.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltFile {
  /** Where it is on disk: the folder walked, joined with the path inside it. */
  file: string;
  /** Its path on the site, with forward slashes whatever the system: "/en/about/index.html". */
  path: string;
}

/** Every file under `dir`, at any depth; with `ext`, only the names ending in it (".html"). */
export function builtFiles(dir: string, { ext = '' }: { ext?: string } = {}): BuiltFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ file, path: `/${relative(dir, file).split(sep).join('/')}` }));
}

/** A page's address from its file's path: "/en/about/index.html" → "/en/about/"; "/404.html" stays. */
export function pageAddress(path: string): string {
  return path.replace(/index\.html$/, '');
}
