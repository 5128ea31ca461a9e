import { z } from 'zod';

/** Commands the native menu sends to the renderer; the renderer owns what each one does. */
export const MENU_COMMANDS = [
  'new-workshop',
  'open-backup',
  'save-backup',
  'export-pdf',
  'undo',
  'redo',
  'presenter-mode',
  'about',
  'restore-auto-backup',
] as const;

export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** Sent before the app quits; the renderer writes its automatic backups and then says it is ready. */
export const beforeQuitEventSchema = z.object({
  /** How long main waits for 'app:ready-to-quit' before quitting anyway. */
  deadlineMs: z.number().int().positive(),
});
export type BeforeQuitEvent = z.infer<typeof beforeQuitEventSchema>;

/** A backup file the OS asked the app to open (double-click on a .dsrs.json file). */
export const openBackupFileEventSchema = z.object({
  name: z.string(),
  text: z.string(),
});
export type OpenBackupFileEvent = z.infer<typeof openBackupFileEventSchema>;
