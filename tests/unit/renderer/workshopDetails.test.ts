import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../../shared/domain';
import { filterAndSortWorkshops, isRealIsoDate } from '../../../renderer/features/library/workshopDetails';
import { backupFileName } from '../../../renderer/features/backup/backupFileName';

const workshops = [
  createWorkshop({ title: 'Beta plan', clientCompany: 'Älvsbyn Tätning AB', facilitator: 'Ana', date: '2026-03-01', updatedAt: '2026-05-01T10:00:00.000Z' }),
  createWorkshop({ title: 'alpha plan', clientCompany: 'Zeta Seals', facilitator: 'Bo', date: '2026-09-01', updatedAt: '2026-04-01T10:00:00.000Z' }),
  createWorkshop({ title: 'Gamma', clientCompany: 'Moreno Hidráulica', facilitator: 'Núria', date: '2026-01-15', updatedAt: '2026-06-01T10:00:00.000Z', archived: true }),
];

describe('filterAndSortWorkshops', () => {
  it('hides archived workshops unless asked', () => {
    expect(filterAndSortWorkshops(workshops, '', 'updated', false, 'en').map((w) => w.title)).toEqual(['Beta plan', 'alpha plan']);
    expect(filterAndSortWorkshops(workshops, '', 'updated', true, 'en').map((w) => w.title)).toEqual(['Gamma', 'Beta plan', 'alpha plan']);
  });

  it('searches title, client and facilitator, case-insensitively', () => {
    expect(filterAndSortWorkshops(workshops, 'ZETA', 'title', true, 'en').map((w) => w.title)).toEqual(['alpha plan']);
    expect(filterAndSortWorkshops(workshops, 'núria', 'title', true, 'es').map((w) => w.title)).toEqual(['Gamma']);
    expect(filterAndSortWorkshops(workshops, '   ', 'title', false, 'en')).toHaveLength(2);
    expect(filterAndSortWorkshops(workshops, 'nothing like it', 'title', true, 'en')).toEqual([]);
  });

  it('sorts by title with the locale, by client, and by date newest first', () => {
    expect(filterAndSortWorkshops(workshops, '', 'title', true, 'en').map((w) => w.title)).toEqual(['alpha plan', 'Beta plan', 'Gamma']);
    expect(filterAndSortWorkshops(workshops, '', 'date', true, 'en').map((w) => w.date)).toEqual(['2026-09-01', '2026-03-01', '2026-01-15']);
    expect(filterAndSortWorkshops(workshops, '', 'client', true, 'sv').map((w) => w.clientCompany)).toEqual(['Moreno Hidráulica', 'Zeta Seals', 'Älvsbyn Tätning AB']);
  });
});

describe('isRealIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('2027-02-29')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(isRealIsoDate('2026-1-01')).toBe(false);
    expect(isRealIsoDate('')).toBe(false);
    expect(isRealIsoDate('1800-01-01')).toBe(false);
  });
});

describe('backupFileName', () => {
  it('makes a safe, recognisable file name', () => {
    expect(backupFileName({ clientCompany: 'Moreno Hidráulica / S.A.', title: 'Reset: 2027?', date: '2026-11-22' })).toBe('moreno-hidraulica-s-a-reset-2027-2026-11-22.dsrs.json');
    expect(backupFileName({ clientCompany: '***', title: '', date: '2026-11-22' })).toBe('workshop-2026-11-22.dsrs.json');
  });
});
