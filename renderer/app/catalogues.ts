export type Catalogue = { [key: string]: string | Catalogue };

/**
 * Merges the message files of one language: `<lang>.json` and every `<feature>.<lang>.json`.
 * Two files defining the same key is a mistake that would silently hide a message, so it throws.
 */
export function mergeCatalogues(files: Record<string, Catalogue>, language: string): Catalogue {
  const merged: Catalogue = {};
  const names = Object.keys(files)
    .filter((path) => new RegExp(`(^|/)([\\w-]+\\.)?${language}\\.json$`).test(path))
    .sort();
  for (const name of names) {
    const catalogue = files[name];
    if (catalogue) mergeInto(merged, catalogue, name, '');
  }
  return merged;
}

function mergeInto(target: Catalogue, source: Catalogue, file: string, prefix: string): void {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const existing = target[key];
    if (typeof value === 'string') {
      if (existing !== undefined) throw new Error(`Message ${path} is defined twice (again in ${file})`);
      target[key] = value;
    } else {
      if (typeof existing === 'string') throw new Error(`Message ${path} is defined twice (again in ${file})`);
      const next: Catalogue = existing ?? {};
      target[key] = next;
      mergeInto(next, value, file, path);
    }
  }
}
