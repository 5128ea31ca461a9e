/**
 * Reads a number as a person types it in their language: "1.234,5" in Spanish, "1,234.5" in English.
 * Returns null for anything that is not a finite number, so a typo never stores garbage.
 */
export function parseNumberInput(text: string, language: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '' || compact === '-' ) return null;
  const decimalMark = language === 'es' ? ',' : '.';
  const groupMark = language === 'es' ? '.' : ',';
  if (!/^[-+]?[\d.,]+$/.test(compact)) return null;
  const withoutGroups = compact.split(groupMark).join('');
  if (withoutGroups.split(decimalMark).length > 2) return null;
  const normalised = withoutGroups.replace(decimalMark, '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Shows a stored number for editing, with the language's decimal mark and no grouping. */
export function formatNumberForInput(value: number | null, language: string): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = String(value);
  return language === 'es' ? text.replace('.', ',') : text;
}
