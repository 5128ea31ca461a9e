import { z } from 'zod';

/**
 * The failure every IPC response can carry. Main never lets an exception cross the bridge and never
 * answers null: the renderer always gets a result it has to look at, with a message for the log/UI.
 */
export const failedResultSchema = z.object({
  status: z.literal('failed'),
  message: z.string(),
});

export type FailedResult = z.infer<typeof failedResultSchema>;

export function failedResult(message: string): FailedResult {
  return { status: 'failed', message };
}

/** A message for any thrown value, so a non-Error throw still explains itself. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return 'Unknown error';
}
