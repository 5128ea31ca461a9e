import { formatPath, type ProblemList } from './backupProblem';

/**
 * Keys that must never reach application objects: JSON.parse keeps "__proto__" as an own key, and a
 * later spread or merge could turn it into prototype pollution. Backups never contain them.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A current backup nests about six levels deep; anything far deeper is junk, not data. */
export const MAX_JSON_DEPTH = 20;

interface PathNode {
  parent: PathNode | null;
  segment: string | number;
}

interface PendingValue {
  value: unknown;
  depth: number;
  path: PathNode | null;
}

function pathSegments(node: PathNode | null): (string | number)[] {
  const segments: (string | number)[] = [];
  for (let current = node; current; current = current.parent) segments.push(current.segment);
  return segments.reverse();
}

/**
 * Walks parsed JSON with an explicit stack (never recursion, so 10,000 levels cannot overflow it)
 * and reports forbidden keys and excessive depth. Paths are built only for the problems reported.
 */
export function inspectJsonTree(root: unknown, problems: ProblemList): void {
  const pending: PendingValue[] = [{ value: root, depth: 0, path: null }];
  while (!problems.isFull) {
    const next = pending.pop();
    if (!next) break;
    const { value, depth, path } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_JSON_DEPTH) {
      problems.add({ code: 'too_deep', path: formatPath(pathSegments(path)), detail: `nested deeper than ${MAX_JSON_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        pending.push({ value: value[index], depth: depth + 1, path: { parent: path, segment: index } });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        const keyPath = formatPath(pathSegments({ parent: path, segment: key }));
        problems.add({ code: 'forbidden_key', path: keyPath, detail: `key "${key}" is not allowed` });
      }
    }
    // Pushed in reverse so the walk visits keys in file order and reports problems in that order.
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index] as string;
      if (FORBIDDEN_KEYS.has(key)) continue;
      pending.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: { parent: path, segment: key } });
    }
  }
}
