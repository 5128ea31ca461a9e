import { useCallback, useState } from 'react';

/**
 * A polite live region for what happens without visible text changing near the focus (a note moved,
 * a dot placed). Each message gets a fresh key so repeating the same words is still spoken.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState<{ text: string; key: number }>({ text: '', key: 0 });
  const announce = useCallback((text: string) => setMessage((previous) => ({ text, key: previous.key + 1 })), []);
  const liveRegion = (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="ideas-announcer">
      <span key={message.key}>{message.text}</span>
    </div>
  );
  return { announce, liveRegion };
}

export type Announce = (message: string) => void;
