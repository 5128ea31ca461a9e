/**
 * A plan date people can mean: YYYY-MM-DD, a real calendar day, in a sensible range. Date inputs
 * report "complete" dates while a year is still being typed (0002-11-11), so edits wait for this.
 */
export function isPlausiblePlanDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && year <= 2200;
}
