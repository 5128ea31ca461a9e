import { z } from 'zod';
import { failedResultSchema } from './ipcResult';

export const appInfoRequestSchema = z.undefined();

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Node's platform name: 'linux', 'win32', 'darwin'. */
  platform: z.string(),
  isElectron: z.literal(true),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appInfoResultSchema = z.discriminatedUnion('status', [
  appInfoSchema.extend({ status: z.literal('ok') }),
  failedResultSchema,
]);
export type AppInfoResult = z.infer<typeof appInfoResultSchema>;

export const readyToQuitRequestSchema = z.undefined();

export const readyToQuitResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('acknowledged') }),
  failedResultSchema,
]);
export type ReadyToQuitResult = z.infer<typeof readyToQuitResultSchema>;
