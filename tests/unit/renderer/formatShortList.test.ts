import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { formatShortList } from '../../../renderer/app/format';

// Stands in for i18next with the English catalogue's common.listMore.
const t = ((key: string, options: { list: string; count: number }) => `${key}: ${options.list} and ${options.count} more`) as unknown as TFunction;

describe('a list of names in a sentence', () => {
  it('shows a short list whole and nothing for none', () => {
    expect(formatShortList([], t)).toBe('');
    expect(formatShortList(['Region', 'Notes'], t)).toBe('Region, Notes');
  });

  it('shows the first eight, each cut short, and counts the rest', () => {
    const columns = Array.from({ length: 1_000_000 }, (_, index) => `Column ${index + 1}`);
    columns[0] = 'x'.repeat(5_000_000);
    const sentence = formatShortList(columns, t);
    expect(sentence).toBe(`common.listMore: ${'x'.repeat(39)}…, Column 2, Column 3, Column 4, Column 5, Column 6, Column 7, Column 8 and 999992 more`);
  });
});
