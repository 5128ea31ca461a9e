import { useCallback, useState } from 'react';

/**
 * A polite live region for what happens on the canvas without visible text changing near the focus
 * (a card moved, a relation drawn). Each message gets a fresh key so repeating it is still spoken.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState<{ text: string; key: number }>({ text: '', key: 0 });
  const announce = useCallback((text: string) => setMessage((previous) => ({ text, key: previous.key + 1 })), []);
  const liveRegion = (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="poster-announcer">
      <span key={message.key}>{message.text}</span>
    </div>
  );
  return { announce, liveRegion };
}
