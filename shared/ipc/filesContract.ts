import { z } from 'zod';
import { failedResultSchema } from './ipcResult';
import { MEGABYTE, utf8ByteLength } from './textSize';

/** Largest file the renderer may ask main to write (a backup is capped at 50 MB; PDFs are far smaller). */
export const MAX_SAVE_BYTES = 100 * MEGABYTE;
/** Largest maxBytes the renderer may ask for when opening a file: main holds the whole text in memory. */
export const MAX_OPEN_BYTES = 100 * MEGABYTE;

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  // Extensions without the leading dot ("json", "dsrs.json"); "*" means any file. Main offers a
  // compound one by its last part, since native dialogs match only that.
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16}(\.[A-Za-z0-9]{1,16}){0,3})$/, 'an extension is letters and digits, without the leading dot'))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** A file name suggested to the save dialog: a bare name, never a path the renderer could steer. */
export const suggestedFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\]/.test(name), 'must be a file name, not a path')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
  .refine((name) => !/[\u0000-\u001f]/.test(name), 'must not contain control characters')
  .refine((name) => name !== '.' && name !== '..', 'must be a file name');

const saveFileBase = z.object({
  suggestedName: suggestedFileNameSchema,
  filters: z.array(fileFilterSchema).max(20),
});

/** Text goes as a string (written as UTF-8); a PDF or other binary goes as bytes. */
export const saveFileRequestSchema = z.discriminatedUnion('encoding', [
  saveFileBase.extend({
    encoding: z.literal('utf8'),
    content: z.string().refine((text) => utf8ByteLength(text) <= MAX_SAVE_BYTES, 'content is too large'),
  }),
  saveFileBase.extend({
    encoding: z.literal('binary'),
    content: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'content is too large'),
  }),
]);
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  failedResultSchema,
]);
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export const openTextFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(20),
  maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES),
});
export type OpenTextFileRequest = z.infer<typeof openTextFileRequestSchema>;

export const openTextFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), name: z.string(), text: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('too_large'), name: z.string(), bytes: z.number().int().nonnegative() }),
  failedResultSchema,
]);
export type OpenTextFileResult = z.infer<typeof openTextFileResultSchema>;
