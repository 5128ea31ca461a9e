import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SHORT_TEXT_MAX,
  createStakeholder,
  rolesForSide,
  type Stakeholder,
  type StakeholderAttitude,
  type StakeholderRole,
  type StakeholderSide,
} from '../../../../shared/domain';
import { placeNewPerson } from '../../../../shared/logic/posterLayout';
import { addRecord } from '../../../data';
import { Dialog } from '../../../components/Dialog';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { INFLUENCE_LEVELS, attitudeOptions, formatCount, roleOptions } from '../posterLabels';
import { SideChoice } from './SideChoice';

interface AddPersonDialogProps {
  open: boolean;
  onClose: () => void;
  workshopId: string;
  keyAccountId: string;
  /** Everyone already on this poster, so the new card lands on a free spot. */
  people: readonly Stakeholder[];
  language: string;
  onAdded: (person: Stakeholder) => void;
}

interface PersonDraft {
  name: string;
  title: string;
  organisation: string;
  side: StakeholderSide;
  role: StakeholderRole;
  influence: number;
  attitude: StakeholderAttitude;
}

const EMPTY_DRAFT: PersonDraft = { name: '', title: '', organisation: '', side: 'customer', role: 'decision_maker', influence: 3, attitude: 'neutral' };

/** The keyboard way to put someone on the poster; the card appears on a free spot of their side. */
export function AddPersonDialog({ open, onClose, workshopId, keyAccountId, people, language, onAdded }: AddPersonDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [draft, setDraft] = useState<PersonDraft>(EMPTY_DRAFT);
  const [showErrors, setShowErrors] = useState(false);
  const nameMissing = draft.name.trim() === '';

  const close = () => {
    setDraft(EMPTY_DRAFT);
    setShowErrors(false);
    onClose();
  };

  const changeSide = (side: StakeholderSide) => {
    // Roles belong to a side: keep the role if it fits, otherwise take the side's first role.
    const role = rolesForSide(side).includes(draft.role) ? draft.role : (rolesForSide(side)[0] ?? draft.role);
    setDraft({ ...draft, side, role });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (nameMissing) {
      setShowErrors(true);
      return;
    }
    const position = placeNewPerson(people, draft.side);
    const person = createStakeholder(workshopId, {
      keyAccountId,
      name: draft.name.trim(),
      title: draft.title.trim(),
      organisation: draft.side === 'ours' ? draft.organisation.trim() : '',
      side: draft.side,
      role: draft.role,
      influence: draft.influence,
      attitude: draft.attitude,
      ...position,
    });
    await addRecord('stakeholders', person, t('poster.undo.addPerson', { name: person.name }));
    close();
    onAdded(person);
  };

  return (
    <Dialog
      open={open}
      title={t('poster.addPerson.title')}
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" onClick={close}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="btn btn-primary">{t('poster.addPerson.submit')}</button>
        </>
      }
    >
      <form id={formId} className="stack poster-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('poster.fields.name')}
          value={draft.name}
          maxLength={SHORT_TEXT_MAX}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          error={showErrors && nameMissing ? t('poster.addPerson.nameRequired') : null}
          aria-required="true"
        />
        <TextField label={t('poster.fields.title')} value={draft.title} maxLength={SHORT_TEXT_MAX} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
        <SideChoice value={draft.side} onChange={changeSide} />
        {draft.side === 'ours' ? (
          <TextField
            label={t('poster.fields.organisation')}
            hint={t('poster.fields.organisationHint')}
            value={draft.organisation}
            maxLength={SHORT_TEXT_MAX}
            onChange={(event) => setDraft({ ...draft, organisation: event.target.value })}
          />
        ) : null}
        <div className="form-grid">
          <SelectField
            label={t('poster.fields.role')}
            value={draft.role}
            options={roleOptions(t, draft.side)}
            onChange={(event) => setDraft({ ...draft, role: rolesForSide(draft.side).find((role) => role === event.target.value) ?? draft.role })}
          />
          <SelectField
            label={t('poster.fields.influence')}
            value={String(draft.influence)}
            options={INFLUENCE_LEVELS.map((level) => ({ value: String(level), label: t(`poster.influenceLevel.${level}`, { value: formatCount(level, language) }) }))}
            onChange={(event) => setDraft({ ...draft, influence: Number(event.target.value) })}
          />
        </div>
        <SelectField
          label={t('poster.fields.attitude')}
          value={draft.attitude}
          options={attitudeOptions(t)}
          onChange={(event) => setDraft({ ...draft, attitude: attitudeOptions(t).find((option) => option.value === event.target.value)?.value ?? draft.attitude })}
        />
      </form>
    </Dialog>
  );
}
