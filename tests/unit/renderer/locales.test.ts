import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PHASES } from '../../../shared/method/phases';
import { mergeCatalogues, type Catalogue } from '../../../renderer/app/catalogues';

const localesDir = path.resolve(__dirname, '../../../renderer/locales');
const files: Record<string, Catalogue> = Object.fromEntries(
  readdirSync(localesDir).filter((name) => name.endsWith('.json')).map((name) => [name, JSON.parse(readFileSync(path.join(localesDir, name), 'utf8')) as Catalogue]),
);
const en = mergeCatalogues(files, 'en');
const es = mergeCatalogues(files, 'es');

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const english = flatten(en);
const spanish = flatten(es);

describe('message catalogues', () => {
  it('come in pairs: every feature file exists in English and Spanish', () => {
    const names = Object.keys(files);
    for (const name of names.filter((file) => file.endsWith('en.json'))) expect(names, name).toContain(name.replace(/en\.json$/, 'es.json'));
    for (const name of names.filter((file) => file.endsWith('es.json'))) expect(names, name).toContain(name.replace(/es\.json$/, 'en.json'));
  });

  it('refuse a message defined in two files', () => {
    expect(() => mergeCatalogues({ 'en.json': { a: { b: 'x' } }, 'f.en.json': { a: { b: 'y' } } }, 'en')).toThrow(/a\.b is defined twice/);
  });

  it('have exactly the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty messages', () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of english) expect(variables(spanish.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('name and describe every phase', () => {
    for (const phase of PHASES) {
      for (const field of ['name', 'summary', 'willHold']) {
        expect(english.get(`phases.${phase.id}.${field}`), `${phase.id}.${field}`).toBeTruthy();
      }
    }
  });

  it('translate into Spanish rather than copying English', () => {
    const same = [...english].filter(([key, text]) => spanish.get(key) === text && text.split(' ').length > 3);
    expect(same).toEqual([]);
  });
});

describe('backup problem messages', () => {
  it('exist for every problem code the backup parser can report', async () => {
    const { BACKUP_PROBLEM_CODES } = await import('../../../shared/backup');
    for (const code of BACKUP_PROBLEM_CODES) expect(english.get(`backup.problems.${code}`), code).toBeTruthy();
  });
});
