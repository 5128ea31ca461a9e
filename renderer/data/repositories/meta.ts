/** Small facts about this installation's data (e.g. when the last automatic backup ran). */
import { getDatabase } from '../activeDatabase';
import { runWriteTransaction } from '../transactions';

export async function readMeta(key: string): Promise<unknown> {
  return (await getDatabase().meta.get(key))?.value;
}

export async function writeMeta(key: string, value: unknown): Promise<void> {
  await runWriteTransaction(async (database) => {
    await database.meta.put({ key, value });
  });
}
