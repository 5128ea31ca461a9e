import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createRelation, type Relation, type RelationType, type Stakeholder } from '../../../../shared/domain';
import { addRecord } from '../../../data';
import { Dialog } from '../../../components/Dialog';
import { SelectField } from '../../../components/SelectField';
import { personName, relationTypeOptions, strengthOptions } from '../posterLabels';

interface AddRelationDialogProps {
  open: boolean;
  onClose: () => void;
  workshopId: string;
  keyAccountId: string;
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  /** The person the relation starts from when the dialog opens (usually the selected card). */
  initialFromId: string | null;
  onAdded: (relation: Relation) => void;
}

interface RelationDraft {
  fromId: string;
  toId: string;
  type: RelationType;
  strength: number;
}

function initialDraft(people: readonly Stakeholder[], fromId: string | null): RelationDraft {
  const from = people.find((person) => person.id === fromId) ?? people[0];
  const to = people.find((person) => person.id !== from?.id && person.side !== from?.side) ?? people.find((person) => person.id !== from?.id);
  return { fromId: from?.id ?? '', toId: to?.id ?? '', type: from && to && from.side === to.side ? 'influences' : 'knows', strength: 2 };
}

/** The keyboard way to draw a line between two people: choose both from lists, then type and strength. */
export function AddRelationDialog({ open, onClose, workshopId, keyAccountId, people, relations, initialFromId, onAdded }: AddRelationDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [draft, setDraft] = useState<RelationDraft | null>(null);
  const current = draft ?? initialDraft(people, initialFromId);
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    setDraft(null);
    setProblem(null);
    onClose();
  };

  const change = (patch: Partial<RelationDraft>) => {
    setDraft({ ...current, ...patch });
    setProblem(null);
  };

  const personOptions = people.map((person) => ({ value: person.id, label: `${personName(person, t)} (${t(`poster.side.${person.side}`)})` }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (current.fromId === current.toId) {
      setProblem(t('poster.addRelation.samePerson'));
      return;
    }
    if (relations.some((relation) => relation.fromId === current.fromId && relation.toId === current.toId && relation.type === current.type)) {
      setProblem(t('poster.addRelation.exists'));
      return;
    }
    const relation = createRelation(workshopId, { keyAccountId, ...current });
    await addRecord('relations', relation, t('poster.undo.addRelation'));
    close();
    onAdded(relation);
  };

  return (
    <Dialog
      open={open}
      title={t('poster.addRelation.title')}
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" onClick={close}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="btn btn-primary">{t('poster.addRelation.submit')}</button>
        </>
      }
    >
      <form id={formId} className="stack poster-form" onSubmit={(event) => void submit(event)} noValidate>
        <SelectField label={t('poster.fields.from')} value={current.fromId} options={personOptions} onChange={(event) => change({ fromId: event.target.value })} />
        <SelectField
          label={t('poster.fields.relationType')}
          value={current.type}
          options={relationTypeOptions(t)}
          onChange={(event) => change({ type: relationTypeOptions(t).find((option) => option.value === event.target.value)?.value ?? current.type })}
        />
        <SelectField label={t('poster.fields.to')} value={current.toId} options={personOptions} onChange={(event) => change({ toId: event.target.value })} />
        <SelectField
          label={t('poster.fields.strength')}
          value={String(current.strength)}
          options={strengthOptions(t).map((option) => ({ value: String(option.value), label: option.label }))}
          onChange={(event) => change({ strength: Number(event.target.value) })}
        />
        {problem ? <p className="field-error" role="alert">{problem}</p> : null}
      </form>
    </Dialog>
  );
}
