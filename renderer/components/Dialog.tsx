import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** 'alertdialog' for confirmations that need an answer. */
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
  size?: 'sm' | 'md' | 'lg';
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the rest inert and closes it
 * on Escape, which we route through onClose so the owner stays in control of state.
 */
export function Dialog({ open, title, onClose, children, footer, role = 'dialog', describedBy, size = 'md' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useTranslation();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // React does not render the autofocus attribute, so showModal would focus the close button:
      // move focus to the element the dialog marked, or to its first field.
      const preferred = dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector<HTMLElement>('.dialog-body input, .dialog-body select, .dialog-body textarea, .dialog-footer button');
      preferred?.focus();
      return () => {
        // Give focus back to what opened the dialog, as keyboard users expect.
        if (opener?.isConnected) opener.focus();
      };
    }
    if (!open && dialog.open) dialog.close();
    return undefined;
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, [onClose]);

  if (!open) return <dialog ref={ref} className="dialog" aria-labelledby={titleId} />;

  return (
    <dialog ref={ref} className={`dialog dialog-${size}`} role={role} aria-labelledby={titleId} aria-describedby={describedBy}>
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-ghost btn-icon" onClick={onClose} aria-label={t('common.close')}>
          <X size={18} aria-hidden="true" />
        </button>
      </div>
      <div className="dialog-body">{children}</div>
      {footer ? <div className="dialog-footer">{footer}</div> : null}
    </dialog>
  );
}
