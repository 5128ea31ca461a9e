/**
 * Paths into parsed JSON and edits at a path, for mutating a valid backup. Values are plain JSON
 * (objects, arrays, strings, numbers, booleans, null); edits happen on a copy the caller owns.
 */
export type JsonPath = readonly (string | number)[];
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface JsonEntry {
  path: JsonPath;
  value: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every value in the tree with its path, the root included (path []). Depth-first, file order. */
export function listEntries(root: JsonValue): JsonEntry[] {
  const entries: JsonEntry[] = [];
  const pending: JsonEntry[] = [{ path: [], value: root }];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    entries.push(entry);
    const { path, value } = entry;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) pending.push({ path: [...path, index], value: value[index] as JsonValue });
    } else if (isJsonObject(value)) {
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index] as string;
        pending.push({ path: [...path, key], value: value[key] as JsonValue });
      }
    }
  }
  return entries;
}

export function getAt(root: JsonValue, path: JsonPath): JsonValue | undefined {
  let current: JsonValue | undefined = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isJsonObject(current) && typeof segment === 'string' && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** The object or array holding the value at `path`, with the last segment; null for the root. */
function parentOf(root: JsonValue, path: JsonPath): { parent: JsonValue; last: string | number } | null {
  if (path.length === 0) return null;
  const parent = getAt(root, path.slice(0, -1));
  if (parent === undefined) throw new Error(`No value at ${path.join('.')}`);
  return { parent, last: path[path.length - 1] as string | number };
}

/** Replaces the value at `path` (which must exist or be a new key of an existing object). */
export function setAt(root: JsonValue, path: JsonPath, value: JsonValue): JsonValue {
  const location = parentOf(root, path);
  if (!location) return value;
  const { parent, last } = location;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = value;
  else if (isJsonObject(parent)) Object.defineProperty(parent, String(last), { value, enumerable: true, writable: true, configurable: true });
  else throw new Error(`Cannot set ${path.join('.')}`);
  return root;
}

/** Removes a key from its object or an item from its array. */
export function removeAt(root: JsonValue, path: JsonPath): void {
  const location = parentOf(root, path);
  if (!location) throw new Error('Cannot remove the root');
  const { parent, last } = location;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (isJsonObject(parent)) delete parent[String(last)];
}

export function cloneJson<T extends JsonValue>(value: T): T {
  return structuredClone(value);
}

/** The kind of JSON value, for choosing a replacement of a different kind. */
export function jsonType(value: JsonValue | undefined): 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'missing' {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return typeof value as 'string' | 'number' | 'boolean';
}

/**
 * Raw JSON text that JSON.stringify cannot write (NaN, a 100,000-level nest, a key "__proto__"):
 * the mutation stores a marker string, and `replaceMarkers` swaps the quoted marker for the raw text.
 */
export class RawTextMarkers {
  private readonly raw = new Map<string, string>();

  marker(rawText: string): string {
    const name = `@@raw-${this.raw.size}@@`;
    this.raw.set(name, rawText);
    return name;
  }

  replaceMarkers(json: string): string {
    let result = json;
    for (const [name, rawText] of this.raw) result = result.split(JSON.stringify(name)).join(rawText);
    return result;
  }
}

export function pathText(path: JsonPath): string {
  return path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').replace(/^\./, '') || '(root)';
}
