import { RAG_STATUSES, type RagStatus } from '../../../shared/domain';
import type { ChoiceOption } from '../../components/fields';

export const RAG_VALUES: readonly RagStatus[] = RAG_STATUSES;

/** The three statuses as the check-in offers them, in the order green, amber, red. */
export function ragOptions(t: (key: string) => string): ChoiceOption<RagStatus>[] {
  return RAG_VALUES.map((rag) => ({ value: rag, label: t(`implementation.rag.${rag}`) }));
}
