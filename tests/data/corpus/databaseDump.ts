import type { DsrsDatabase } from '../../../renderer/data';

export interface DumpOptions {
  /** Undo and redo move a workshop's updatedAt forward on purpose (automatic backups look at it). */
  ignoreWorkshopEditTime?: boolean;
}

/**
 * Every row of every table as one text: tables in schema order, rows by primary key, keys sorted,
 * and the values JSON cannot tell apart (-0, NaN, ±Infinity, undefined) spelled out. Two dumps are
 * equal exactly when the stored data is.
 */
export async function canonicalDatabaseDump(database: DsrsDatabase, options: DumpOptions = {}): Promise<string> {
  const tables = database.allTables();
  const contents = await database.transaction('r', tables, async () => Promise.all(tables.map(async (table) => ({ name: table.name, rows: await table.toArray() }))));
  const parts = contents.map(({ name, rows }) => {
    const kept = options.ignoreWorkshopEditTime && name === 'workshops' ? rows.map((row) => ({ ...(row as object), updatedAt: '<ignored>' })) : rows;
    const lines = kept.map((row) => canonicalJson(row)).sort();
    return `${name} (${lines.length})\n${lines.join('\n')}`;
  });
  return parts.join('\n');
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === 'number' && (!Number.isFinite(inner) || Object.is(inner, -0))) return `<number ${Object.is(inner, -0) ? '-0' : String(inner)}>`;
    if (inner === undefined) return '<undefined>';
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    const source = inner as Record<string, unknown>;
    return Object.fromEntries(Object.keys(source).sort().map((name) => [name, source[name]]));
  });
}

/** The names and property descriptors of the built-in prototypes a polluting file would change. */
export function prototypeSnapshot(): string {
  const describe = (target: object): string[] =>
    Reflect.ownKeys(target).map((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      const kind = descriptor && 'value' in descriptor ? typeof descriptor.value : 'accessor';
      return `${String(key)}:${kind}`;
    });
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((target) => describe(target).sort().join(',')).join('\n');
}

export function isPrototypePolluted(): boolean {
  const probe: Record<string, unknown> = {};
  return probe.polluted !== undefined || probe.isAdmin !== undefined || [].constructor !== Array || Object.getPrototypeOf(probe) !== Object.prototype;
}
