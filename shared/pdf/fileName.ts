import type { Workshop } from '../domain/workshop';

/** "arlanza-componentes-industriales-s-a-sales-strategy-reset-2027-roadmap-2026-11-22.pdf" */
export function roadmapPdfFileName(workshop: Pick<Workshop, 'clientCompany' | 'title'>, today: string): string {
  const slug = `${workshop.clientCompany} ${workshop.title}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Letters NFKD does not take apart (ł, ø, ß) would otherwise vanish from the name.
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
    .toLowerCase();
  return `${slug || 'workshop'}-roadmap-${today}.pdf`;
}
