import { CheckCircle2, CircleDashed, OctagonAlert, TriangleAlert } from 'lucide-react';
import type { RagOrNone } from '../../../shared/logic/implementation';

/**
 * Each status has a shape as well as a colour, so it reads on a black-and-white print, a washed-out
 * projector and for people who do not tell red from green.
 */
export function RagIcon({ rag, size = 16 }: { rag: RagOrNone; size?: number }) {
  const props = { size, 'aria-hidden': true, className: `impl-rag-icon impl-rag-text-${rag}` } as const;
  if (rag === 'green') return <CheckCircle2 {...props} />;
  if (rag === 'amber') return <TriangleAlert {...props} />;
  if (rag === 'red') return <OctagonAlert {...props} />;
  return <CircleDashed {...props} />;
}

/** A status as a badge: shape, colour and the word. */
export function RagBadge({ rag, label }: { rag: RagOrNone; label: string }) {
  return (
    <span className={`badge impl-rag-badge impl-rag-${rag}`}>
      <RagIcon rag={rag} size={14} />
      {label}
    </span>
  );
}
