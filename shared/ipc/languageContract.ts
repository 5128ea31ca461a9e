import { z } from 'zod';
import { failedResultSchema } from './ipcResult';

/**
 * The renderer tells the desktop shell its UI language, so the shell's own texts (the native menu)
 * speak the same language as the page. Only languages the message catalogues have are accepted.
 */
export const SHELL_LANGUAGES = ['en', 'es'] as const;

export const shellLanguageSchema = z.enum(SHELL_LANGUAGES);
export type ShellLanguage = z.infer<typeof shellLanguageSchema>;

export const setLanguageRequestSchema = z.object({ language: shellLanguageSchema });
export type SetLanguageRequest = z.infer<typeof setLanguageRequestSchema>;

export const setLanguageResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('applied'), language: shellLanguageSchema }),
  failedResultSchema,
]);
export type SetLanguageResult = z.infer<typeof setLanguageResultSchema>;
