import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, X } from 'lucide-react';
import type { AgendaSession } from '../../../../shared/domain';
import { moveListEntry, removeListEntry, type SessionTiming } from '../../../../shared/logic/agenda';
import { undo } from '../../../data';
import { showToast } from '../../../components/toastStore';
import { formatClock } from '../format';
import { AgendaItemMinutesField, AgendaItemTitleField } from './AgendaItemFields';
import type { SessionEditor } from './useSessionEditor';

interface AgendaItemsTableProps {
  session: AgendaSession;
  timing: SessionTiming;
  editor: SessionEditor;
  workshopId: string;
  language: string;
}

type RowAction = 'up' | 'down' | 'remove';

function focusAction(container: HTMLElement | null, row: number, action: RowAction): void {
  container?.querySelector<HTMLElement>(`[data-row="${row}"] [data-action="${action}"]`)?.focus();
}

/**
 * The timeboxes of a session. Items have no identity of their own (they live inside the session), so
 * rows are keyed by position and focus is moved by hand to follow an item that moves or disappears.
 */
export function AgendaItemsTable({ session, timing, editor, workshopId, language }: AgendaItemsTableProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<{ row: number; action: RowAction } | null>(null);
  const count = session.items.length;

  useEffect(() => {
    // After a removal the rows shrink only when the stored session comes back.
    const wanted = pendingFocus.current;
    if (!wanted) return;
    pendingFocus.current = null;
    if (count === 0) {
      container.current?.closest('.prep-session')?.querySelector<HTMLElement>('[data-add-item-title]')?.focus();
      return;
    }
    focusAction(container.current, Math.min(wanted.row, count - 1), wanted.action);
  }, [count]);

  const move = (index: number, offset: number) => {
    const target = index + offset;
    if (target < 0 || target >= count) return;
    void editor.edit(t('preparation.undo.moveTimebox'), (current) => ({ items: moveListEntry(current.items, index, offset) }));
    // Rows stay in place (keyed by position), so the moved item's buttons are already there; at either
    // end the button just pressed becomes disabled, so focus goes to the one that still works.
    const action: RowAction = target === 0 ? 'down' : target === count - 1 ? 'up' : offset < 0 ? 'up' : 'down';
    focusAction(container.current, target, action);
  };

  const remove = (index: number) => {
    const title = session.items[index]?.title.trim() || t('preparation.agenda.untitledItem');
    pendingFocus.current = { row: index, action: 'remove' };
    void editor.edit(t('preparation.undo.removeTimebox'), (current) => ({ items: removeListEntry(current.items, index) })).then(() =>
      showToast({
        tone: 'info',
        message: t('preparation.agenda.itemRemoved', { title }),
        action: { label: t('common.undo'), run: async () => void (await undo(workshopId)) },
      }),
    );
  };

  if (count === 0) {
    return (
      <div ref={container}>
        <p className="muted prep-items-empty">{t('preparation.agenda.noItems')}</p>
      </div>
    );
  }

  return (
    <div className="table-scroll" ref={container}>
      <table className="data-table prep-agenda-table">
        <caption className="visually-hidden">{t('preparation.agenda.itemsOf', { session: session.title.trim() || t('preparation.agenda.untitled') })}</caption>
        <thead>
          <tr>
            <th scope="col" className="prep-col-time">{t('preparation.agenda.time')}</th>
            <th scope="col">{t('preparation.agenda.item')}</th>
            <th scope="col" className="num prep-col-minutes">{t('preparation.agenda.minutes')}</th>
            <th scope="col" className="prep-col-actions"><span className="visually-hidden">{t('preparation.agenda.itemActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {session.items.map((item, index) => {
            const itemTiming = timing.items[index];
            const title = item.title.trim() || t('preparation.agenda.untitledItem');
            return (
              // Position is the identity of a timebox; see the comment above.
              <tr key={index} data-row={index} data-testid="agenda-item">
                <td className="prep-col-time">
                  {itemTiming?.start && itemTiming.end ? (
                    <span className="prep-time">
                      {formatClock(itemTiming.start, language)}–{formatClock(itemTiming.end, language)}
                      {itemTiming.end.dayOffset > 0 ? (
                        <>
                          <span className="prep-next-day" aria-hidden="true">+{itemTiming.end.dayOffset}</span>
                          <span className="visually-hidden">{t('preparation.agenda.laterDay', { count: itemTiming.end.dayOffset })}</span>
                        </>
                      ) : null}
                    </span>
                  ) : (
                    <>
                      <span className="muted" aria-hidden="true">—</span>
                      <span className="visually-hidden">{t('preparation.agenda.noTime')}</span>
                    </>
                  )}
                </td>
                <td>
                  <AgendaItemTitleField session={session} index={index} editor={editor} />
                </td>
                <td className="num prep-col-minutes">
                  <AgendaItemMinutesField session={session} index={index} editor={editor} title={title} />
                </td>
                <td className="prep-col-actions">
                  <div className="row prep-item-actions">
                    <button type="button" className="btn btn-ghost btn-icon" data-action="up" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('preparation.agenda.moveUp', { title })} title={t('preparation.agenda.moveUpShort')}>
                      <ArrowUp size={18} aria-hidden="true" />
                    </button>
                    <button type="button" className="btn btn-ghost btn-icon" data-action="down" disabled={index === count - 1} onClick={() => move(index, 1)} aria-label={t('preparation.agenda.moveDown', { title })} title={t('preparation.agenda.moveDownShort')}>
                      <ArrowDown size={18} aria-hidden="true" />
                    </button>
                    <button type="button" className="btn btn-ghost btn-icon btn-ghost-danger" data-action="remove" onClick={() => remove(index)} aria-label={t('preparation.agenda.removeItem', { title })} title={t('preparation.agenda.removeItemShort')}>
                      <X size={18} aria-hidden="true" />
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
