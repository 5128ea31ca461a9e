import type { Workshop } from '../../../shared/domain';

/** A file name a person recognises: client, title and date, nothing a file system refuses. */
export function backupFileName(workshop: Pick<Workshop, 'clientCompany' | 'title' | 'date'>): string {
  const slug = `${workshop.clientCompany} ${workshop.title}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${slug || 'workshop'}-${workshop.date}.dsrs.json`;
}
