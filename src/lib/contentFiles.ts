// Reading editors' files (YAML lists, JSON string files, MDX front matter) so that every mistake stops the
// build with the file, the line and the entry named. Astro's own file() loader logs a parse error and goes
// on with an empty collection, and keeps only one of two entries with the same id: both are silent failures.
import jsYaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';

/** A mistake in a content file; the message starts with "file, line N". */
export class ContentFileError extends Error {
  override name = 'ContentFileError';
}

/** One item of a YAML list, with where it starts so messages can point at it. */
export interface ListEntry {
  id: string;
  /** 1-based line of the entry's first field. */
  line: number;
  data: Record<string, unknown>;
  /** The line of a field, by its path inside the entry (for schema messages); the entry's line if unknown. */
  lineOf(path: readonly PropertyKey[]): number;
}

function where(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}, line ${line}`;
}

function yamlDocument(text: string, file: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  // uniqueKeys: a field written twice in one entry is a mistake, not "the last one wins".
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const [error] = doc.errors;
  if (error)
    throw new ContentFileError(
      `${where(file, error.linePos?.[0].line)}: not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  return { doc, lines };
}

function lineAt(lines: LineCounter, node: Node | null | undefined): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/**
 * A YAML file holding a list of entries, each a mapping with a unique `id`.
 * Throws on malformed YAML, on anything that is not such a list, on an entry without an id and on a repeated id.
 */
export function parseYamlList(text: string, file: string): ListEntry[] {
  return quickYamlList(text) ?? locatedYamlList(text, file);
}

/**
 * The entries of a well-formed list, read by a fast parser that keeps no lines: a directory of 25,000
 * offices reads in seconds instead of a minute, and in a fifth of the memory. Lines are looked up (with
 * the slower parser) only when a message needs one. Undefined when anything is wrong with the file, so the
 * slower parser can name the problem and its line.
 */
function quickYamlList(text: string): ListEntry[] | undefined {
  let values: unknown;
  try {
    // The core schema, as the slower parser reads it: no dates, no YAML 1.1 "yes"/"no".
    values = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!Array.isArray(values)) return undefined;
  const ids = new Set<unknown>();
  for (const value of values) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const id = (value as Record<string, unknown>)['id'];
    if (typeof id !== 'string' || id === '' || ids.has(id)) return undefined;
    ids.add(id);
  }
  let located: ListEntry[] | undefined;
  const locate = (index: number) => (located ??= locatedYamlList(text, ''))[index]!;
  return (values as Record<string, unknown>[]).map((data, index) => ({
    id: data['id'] as string,
    get line() {
      return locate(index).line;
    },
    data,
    lineOf: (path) => locate(index).lineOf(path),
  }));
}

/** The entries with the line each starts on (the parser that knows where every node is). */
function locatedYamlList(text: string, file: string): ListEntry[] {
  const { doc, lines } = yamlDocument(text, file);
  const list = doc.contents;
  if (!isSeq(list)) throw new ContentFileError(`${file}: expected a list of entries, each starting with "- id: …"`);
  const seen = new Map<string, number>();
  const values = doc.toJS() as Record<string, unknown>[];
  return list.items.map((item, index) => {
    const line = lineAt(lines, item as Node) ?? 0;
    if (!isMap(item)) throw new ContentFileError(`${where(file, line)}: entry ${index + 1} is not a set of fields`);
    const data = values[index]!;
    const id = data['id'];
    if (typeof id !== 'string' || id === '')
      throw new ContentFileError(`${where(file, line)}: entry ${index + 1} has no \`id\``);
    const earlier = seen.get(id);
    if (earlier !== undefined)
      throw new ContentFileError(`${where(file, line)}: id "${id}" is already used by the entry at line ${earlier}`);
    seen.set(id, line);
    // A missing field has no line: point at the nearest field around it that exists.
    const lineOf = (path: readonly PropertyKey[]): number =>
      path.length === 0 ? line : (lineAt(lines, fieldNode(item, path)) ?? lineOf(path.slice(0, -1)));
    return { id, line, data, lineOf };
  });
}

/** The node naming a field (its key, "city:") or a list item, by its path; undefined when it is not there. */
function fieldNode(entry: Node, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = entry;
  let found: Node | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) return undefined;
      found = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(key)];
      found = node as Node | undefined;
    } else {
      return undefined;
    }
  }
  return found;
}

/** A JSON file whose top level is an object; a syntax error names the line. */
export function parseJsonObject(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 reports "… at position 57 (line 3 column 5)"; older engines only the position.
    const line = /line (\d+)/.exec(message)?.[1] ?? lineOfPosition(text, /position (\d+)/.exec(message)?.[1]);
    throw new ContentFileError(
      `${where(file, line === undefined ? undefined : Number(line))}: not valid JSON: ${message}`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ContentFileError(`${file}: expected an object of "key": "text" pairs`);
  return value as Record<string, unknown>;
}

function lineOfPosition(text: string, position: string | undefined): number | undefined {
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}

/** The YAML front matter between the "---" lines at the top of a Markdown/MDX file. */
export function parseFrontMatter(source: string, file: string): Record<string, unknown> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(source);
  if (!block) throw new ContentFileError(`${file}, line 1: no front matter (it starts and ends with a line "---")`);
  let doc: Document;
  try {
    ({ doc } = yamlDocument(block[1]!, file));
  } catch (error) {
    // The front matter starts on line 2 of the file.
    if (error instanceof ContentFileError)
      throw new ContentFileError(error.message.replace(/line (\d+)/, (_, n: string) => `line ${Number(n) + 1}`));
    throw error;
  }
  if (!isMap(doc.contents))
    throw new ContentFileError(`${file}, line 2: the front matter must be "field: value" lines`);
  return doc.toJS() as Record<string, unknown>;
}

/** One line per schema problem: "file, line N, entry "id": field: message". */
export function schemaProblems(file: string, entry: ListEntry, error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return keys.map((path) => {
      const field = path.map(String).join('.') || '(entry)';
      const message = issue.code === 'unrecognized_keys' ? 'not a known field (misspelt?)' : issue.message;
      return `${where(file, entry.lineOf(path))}, entry "${entry.id}": ${field}: ${message}`;
    });
  });
}
