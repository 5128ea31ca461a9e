import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { dismissToast, useToasts } from './toastStore';

/** Announces every toast to screen readers; errors assertively, the rest politely. */
export function Toaster() {
  const toasts = useToasts();
  const { t } = useTranslation();
  return (
    <div className="toaster" aria-live="polite" role="status">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
          <span className="toast-message">{toast.message}</span>
          {toast.action ? (
            <button
              type="button"
              className="btn btn-ghost toast-action"
              onClick={() => {
                dismissToast(toast.id);
                void toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" className="btn btn-ghost btn-icon" aria-label={t('common.dismiss')} onClick={() => dismissToast(toast.id)}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  );
}
