import { describe, expect, it } from 'vitest';
import en from '../../../renderer/locales/en.json';
import es from '../../../renderer/locales/es.json';
import { PHASES } from '../../../shared/method/phases';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const english = flatten(en as Catalogue);
const spanish = flatten(es as Catalogue);

describe('message catalogues', () => {
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
