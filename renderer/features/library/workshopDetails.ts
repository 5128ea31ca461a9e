import type { Workshop } from '../../../shared/domain';
import { isPlausiblePlanDate } from '../../../shared/logic/planDates';

/** The fields a person types when creating or renaming a workshop. */
export type WorkshopDetails = Pick<Workshop, 'clientCompany' | 'title' | 'facilitator' | 'date' | 'language' | 'currency'>;

/** Kept under its old name for the library's form. */
export const isRealIsoDate = isPlausiblePlanDate;

export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyWorkshopDetails(language: 'en' | 'es'): WorkshopDetails {
  return { clientCompany: '', title: '', facilitator: '', date: todayIsoDate(), language, currency: 'EUR' };
}

export function pickWorkshopDetails(workshop: Workshop): WorkshopDetails {
  const { clientCompany, title, facilitator, date, language, currency } = workshop;
  return { clientCompany, title, facilitator, date, language, currency };
}

export type LibrarySort = 'updated' | 'title' | 'client' | 'date';

/** Search and sort for the library list; pure so it is tested without a browser. */
export function filterAndSortWorkshops(
  workshops: readonly Workshop[],
  query: string,
  sort: LibrarySort,
  showArchived: boolean,
  locale: string,
): Workshop[] {
  const needle = query.trim().toLocaleLowerCase(locale);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const matches = workshops.filter((workshop) => {
    if (workshop.archived && !showArchived) return false;
    if (!needle) return true;
    return [workshop.title, workshop.clientCompany, workshop.facilitator].some((field) => field.toLocaleLowerCase(locale).includes(needle));
  });
  const byKey: Record<LibrarySort, (a: Workshop, b: Workshop) => number> = {
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    title: (a, b) => collator.compare(a.title, b.title),
    client: (a, b) => collator.compare(a.clientCompany, b.clientCompany) || collator.compare(a.title, b.title),
    date: (a, b) => b.date.localeCompare(a.date),
  };
  return [...matches].sort(byKey[sort]);
}
