import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColourKey } from '../../../../shared/logic/ideaBoard';
import { Dialog } from '../../../components/Dialog';
import { ColourChoice } from './ColourChoice';

interface NewClusterDialogProps {
  open: boolean;
  /** How many selected notes the new frame will hold. */
  noteCount: number;
  onClose: () => void;
  onCreate: (name: string, colour: ColourKey) => void;
}

/** Names a new cluster; Enter in the name field creates it. */
export function NewClusterDialog({ open, noteCount, onClose, onCreate }: NewClusterDialogProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const formId = useId();
  const [name, setName] = useState('');
  const [colour, setColour] = useState<ColourKey>('blue');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCreate(name, colour);
    setName('');
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="sm"
      title={t('ideas.cluster.newTitle')}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="btn btn-primary">{t('ideas.cluster.create')}</button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={submit}>
        <p className="muted">{noteCount > 0 ? t('ideas.cluster.newIntro', { count: noteCount }) : t('ideas.cluster.newIntroEmpty')}</p>
        <div className="field">
          <label htmlFor={nameId}>{t('ideas.cluster.name')}</label>
          <input id={nameId} className="input" value={name} maxLength={200} data-autofocus onChange={(event) => setName(event.target.value)} />
        </div>
        <ColourChoice legend={t('ideas.cluster.colour')} value={colour} onChange={setColour} kind="cluster" />
      </form>
    </Dialog>
  );
}
