import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup';
import { RECORD_KINDS } from '../../../shared/domain';
import { buildExampleBackupText, EXAMPLE_LANGUAGES } from '../../../scripts/examples/buildExample';
import { loadCommittedExample, readCommittedExample } from './exampleFiles';

describe.each(EXAMPLE_LANGUAGES)('the committed %s example file', (language) => {
  it('is accepted by the backup parser without problems or warnings', () => {
    const parsed = parseBackup(readCommittedExample(language));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });

  it('is exactly what the generator produces (run `npm run examples` after changing the content)', () => {
    expect(buildExampleBackupText(language)).toBe(readCommittedExample(language));
  });

  it('is a workshop in its own language, in euros', () => {
    const { workshop } = loadCommittedExample(language);
    expect(workshop.language).toBe(language);
    expect(workshop.currency).toBe('EUR');
    expect(workshop.clientCompany).not.toBe('');
  });

  it.each(RECORD_KINDS)('has %s records', (kind) => {
    expect(loadCommittedExample(language).records[kind].length).toBeGreaterThan(0);
  });
});

describe('the two example files', () => {
  it('share no ids, so both can be opened in one library', () => {
    const idsOf = (language: 'en' | 'es'): string[] => {
      const bundle = loadCommittedExample(language);
      return [bundle.workshop.id, ...RECORD_KINDS.flatMap((kind) => bundle.records[kind].map((record) => record.id))];
    };
    const english = new Set(idsOf('en'));
    expect(idsOf('es').filter((id) => english.has(id))).toEqual([]);
  });

  it('contain the characters the PDF fonts must render: euro sign, Spanish and Central European letters', () => {
    const english = readCommittedExample('en');
    const spanish = readCommittedExample('es');
    for (const text of [english, spanish]) {
      expect(text).toContain('€');
      expect(text).toMatch(/[łŁźżńęąś]/);
      expect(text).toContain('ñ');
    }
    expect(spanish).toContain('¿');
    expect(spanish).toMatch(/[áéíóú]/);
  });
});
