import type { KeyboardEvent, ReactNode } from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { TOUR_KEYS } from './useTourKeys';

interface TourButtonProps {
  label: string;
  shortcut: string;
  disabled: boolean;
  onActivate: () => void;
  children: ReactNode;
}

/**
 * Presenter mode disables every native control inside a phase screen (nothing may be edited on the
 * projector), and these only move the view; so they are ARIA buttons, reachable and working from
 * the keyboard (Enter, Space) like native ones.
 */
function TourButton({ label, shortcut, disabled, onActivate, children }: TourButtonProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (!disabled) onActivate();
  };
  return (
    <span
      role="button"
      tabIndex={0}
      className="projector-tour-button"
      aria-label={label}
      aria-disabled={disabled || undefined}
      aria-keyshortcuts={shortcut}
      onClick={() => {
        if (!disabled) onActivate();
      }}
      onKeyDown={onKeyDown}
    >
      {children}
    </span>
  );
}

interface TourBarProps {
  title: string;
  detail: string;
  counter: string;
  previousLabel: string;
  nextLabel: string;
  canGoBack: boolean;
  canGoOn: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** The step on show, in the presenter's large type, and the buttons that step the tour. */
export function TourBar({ title, detail, counter, previousLabel, nextLabel, canGoBack, canGoOn, onPrevious, onNext }: TourBarProps) {
  return (
    <div className="projector-bar">
      <div className="projector-bar-text">
        <h2 className="projector-step-title">{title}</h2>
        {detail ? <p className="projector-step-detail">{detail}</p> : null}
      </div>
      <div className="projector-bar-nav">
        <TourButton label={previousLabel} shortcut={TOUR_KEYS.previous} disabled={!canGoBack} onActivate={onPrevious}>
          <ChevronLeft size={28} aria-hidden="true" />
          <kbd aria-hidden="true">{TOUR_KEYS.previous}</kbd>
        </TourButton>
        <span className="projector-step-counter">{counter}</span>
        <TourButton label={nextLabel} shortcut={TOUR_KEYS.next} disabled={!canGoOn} onActivate={onNext}>
          <kbd aria-hidden="true">{TOUR_KEYS.next}</kbd>
          <ChevronRight size={28} aria-hidden="true" />
        </TourButton>
      </div>
    </div>
  );
}
