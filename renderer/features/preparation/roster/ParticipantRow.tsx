import { useTranslation } from 'react-i18next';
import { PARTICIPANT_SIDES, type Participant } from '../../../../shared/domain';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { RecordSelect, RecordTextField } from '../../../components/fields';
import { FlagCheckbox } from './FlagCheckbox';

export function ParticipantRow({ participant, workshopId }: { participant: Participant; workshopId: string }) {
  const { t } = useTranslation();
  const name = participant.name.trim() || t('preparation.roster.unnamed');
  const sideOptions = PARTICIPANT_SIDES.map((side) => ({ value: side, label: t(`preparation.roster.sides.${side}`) }));
  return (
    <tr data-focus-target={participant.id} data-testid="participant-row">
      <td className="prep-cell-name">
        <RecordTextField kind="participants" record={participant} field="name" label={t('preparation.roster.name')} hideLabel undoLabel={t('preparation.undo.participantName')} />
      </td>
      <td className="prep-cell-role">
        <RecordTextField kind="participants" record={participant} field="role" label={t('preparation.roster.roleOf', { name })} hideLabel undoLabel={t('preparation.undo.participantRole')} />
      </td>
      <td className="prep-cell-org">
        <RecordTextField kind="participants" record={participant} field="organisation" label={t('preparation.roster.organisationOf', { name })} hideLabel undoLabel={t('preparation.undo.participantOrganisation')} />
      </td>
      <td className="prep-cell-side">
        <RecordSelect kind="participants" record={participant} field="side" label={t('preparation.roster.sideOf', { name })} hideLabel options={sideOptions} undoLabel={t('preparation.undo.participantSide')} />
      </td>
      <td className="prep-flag-col">
        <FlagCheckbox participant={participant} field="expertGroup" label={t('preparation.roster.expertGroupOf', { name })} undoLabel={t('preparation.undo.expertGroup')} />
      </td>
      <td className="prep-flag-col">
        <FlagCheckbox participant={participant} field="implementationGroup" label={t('preparation.roster.implementationGroupOf', { name })} undoLabel={t('preparation.undo.implementationGroup')} />
      </td>
      <td className="prep-cell-actions">
        <DeleteRecordButton kind="participants" id={participant.id} workshopId={workshopId} name={name} undoLabel={t('preparation.undo.deleteParticipant')} />
      </td>
    </tr>
  );
}
