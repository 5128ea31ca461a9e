import { z } from 'zod';

/**
 * The fixed texts of the PDF come from the app's message catalogue of the workshop language
 * (renderer/locales/pdf.<lang>.json), passed in as data: shared/ reads no files.
 */

export type MessageValues = Readonly<Record<string, string | number>>;

/** Looks a message up by its full key ("pdf.cover.confidential") and fills {{name}} placeholders. */
export type PdfMessages = (key: string, values?: MessageValues) => string;

type Catalogue = { [key: string]: string | Catalogue };

const catalogueSchema: z.ZodType<Catalogue> = z.lazy(() => z.record(z.string(), z.union([z.string(), catalogueSchema])));

function flatten(catalogue: Catalogue, prefix: string, into: Map<string, string>): void {
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
}

/**
 * A lookup over a parsed catalogue file. A missing key comes back as the key itself, which a test of
 * the printed text catches, rather than as an empty string that would silently drop a label.
 */
export function createPdfMessages(catalogue: unknown): PdfMessages {
  const parsed = catalogueSchema.safeParse(catalogue);
  if (!parsed.success) throw new Error('The PDF message catalogue is not a tree of texts');
  const messages = new Map<string, string>();
  flatten(parsed.data, '', messages);
  return (key, values) => {
    const template = messages.get(key);
    if (template === undefined) return key;
    return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
      const value = values?.[name];
      return value === undefined ? placeholder : String(value);
    });
  };
}
