import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import type { KeyAccount, Relation, Stakeholder, Workshop } from '../../../shared/domain';
import { arrangePoster, type Point } from '../../../shared/logic/posterLayout';
import { checkPosterCoverage } from '../../../shared/logic/posterCoverage';
import { applyChanges, type RecordMutation } from '../../data';
import { focusPersonCard } from './canvas/canvasFocus';
import { PosterCanvas } from './canvas/PosterCanvas';
import { AddPersonDialog } from './forms/AddPersonDialog';
import { AddRelationDialog } from './forms/AddRelationDialog';
import { PosterListView } from './list/PosterListView';
import { CoveragePanel } from './panel/CoveragePanel';
import { SelectionPanel } from './panel/SelectionPanel';
import { orderPeople } from './peopleOrder';
import { PosterLegend } from './PosterLegend';
import { PosterToolbar } from './PosterToolbar';
import { personName } from './posterLabels';
import type { PosterSelection } from './posterSelection';
import { useAnnouncer } from './useAnnouncer';
import { usePersonDelete } from './usePersonDelete';

interface AccountPosterProps {
  workshop: Workshop;
  account: KeyAccount;
  people: readonly Stakeholder[];
  relations: readonly Relation[];
}

/** One key account's poster: commands, canvas with legend, the selection and coverage beside it, the list below. */
export function AccountPoster({ workshop, account, people, relations }: AccountPosterProps) {
  const { t } = useTranslation();
  const language = workshop.language;
  const canvasColumn = useRef<HTMLDivElement>(null);
  const panelHeadingId = useId();
  const [selection, setSelection] = useState<PosterSelection>(null);
  const [openDialog, setOpenDialog] = useState<'person' | 'relation' | null>(null);
  const [relationFromId, setRelationFromId] = useState<string | null>(null);
  const [fitWhenStored, setFitWhenStored] = useState<ReadonlyMap<string, Point> | null>(null);
  const { announce, liveRegion } = useAnnouncer();

  const ordered = useMemo(() => orderPeople(people), [people]);
  const coverage = useMemo(() => checkPosterCoverage(ordered, relations), [ordered, relations]);

  const showPerson = useCallback((person: Stakeholder) => {
    setSelection({ kind: 'person', id: person.id });
    focusPersonCard(canvasColumn.current, person.id);
  }, []);

  const focusPanel = () => requestAnimationFrame(() => document.getElementById(panelHeadingId)?.focus());

  const onDeleted = useCallback((person: Stakeholder) => {
    setSelection(null);
    // The deleted card had focus; hand it to the next card in reading order, or to the toolbar.
    const index = ordered.findIndex((entry) => entry.id === person.id);
    const next = ordered[index + 1] ?? ordered[index - 1];
    if (next && next.id !== person.id) focusPersonCard(canvasColumn.current, next.id);
    else canvasColumn.current?.closest('.poster-account')?.querySelector<HTMLElement>('.poster-toolbar button')?.focus();
  }, [ordered]);
  const { request: requestDelete, dialog: deleteDialog } = usePersonDelete(workshop.id, onDeleted);

  const openRelationDialog = (fromId: string | null) => {
    setRelationFromId(fromId);
    setOpenDialog('relation');
  };

  const arrange = () => {
    const positions = arrangePoster(ordered);
    const mutations: RecordMutation[] = [];
    for (const person of ordered) {
      const position = positions.get(person.id);
      if (position && (position.x !== person.x || position.y !== person.y)) {
        mutations.push({ type: 'update', kind: 'stakeholders', id: person.id, patch: { x: position.x, y: position.y } });
      }
    }
    setFitWhenStored(positions);
    if (mutations.length === 0) {
      announce(t('poster.announce.alreadyArranged'));
      return;
    }
    void applyChanges(workshop.id, t('poster.undo.arrange'), mutations).then(() => announce(t('poster.announce.arranged')));
  };

  return (
    <ReactFlowProvider>
      <div className="poster-account">
        <PosterToolbar
          peopleCount={people.length}
          onAddPerson={() => setOpenDialog('person')}
          onAddRelation={() => openRelationDialog(selection?.kind === 'person' ? selection.id : null)}
          onArrange={arrange}
        />
        <div className="poster-workspace">
          <div className="poster-canvas-column" ref={canvasColumn}>
            <PosterCanvas
              workshopId={workshop.id}
              accountName={account.name}
              ourName={workshop.clientCompany}
              people={ordered}
              relations={relations}
              selection={selection}
              onSelect={setSelection}
              onRequestDelete={requestDelete}
              announce={announce}
              language={language}
              fitWhenStored={fitWhenStored}
              onFitted={() => setFitWhenStored(null)}
            />
            <PosterLegend />
          </div>
          <div className="poster-side">
            <SelectionPanel
              selection={selection}
              people={ordered}
              relations={relations}
              workshopId={workshop.id}
              language={language}
              headingId={panelHeadingId}
              onSelect={setSelection}
              onAddRelation={openRelationDialog}
              onRequestDelete={requestDelete}
            />
            <CoveragePanel coverage={coverage} language={language} onShow={showPerson} />
          </div>
        </div>
        <PosterListView
          people={ordered}
          relations={relations}
          workshopId={workshop.id}
          language={language}
          selection={selection}
          onShowPerson={showPerson}
          onEditRelation={(relation) => {
            setSelection({ kind: 'relation', id: relation.id });
            focusPanel();
          }}
        />
        <AddPersonDialog
          open={openDialog === 'person'}
          onClose={() => setOpenDialog(null)}
          workshopId={workshop.id}
          keyAccountId={account.id}
          people={people}
          language={language}
          onAdded={(person) => {
            setSelection({ kind: 'person', id: person.id });
            // Bring the new card into view, wherever the view was.
            setFitWhenStored(new Map([[person.id, { x: person.x, y: person.y }]]));
            announce(t('poster.announce.personAdded', { name: personName(person, t) }));
          }}
        />
        <AddRelationDialog
          open={openDialog === 'relation'}
          onClose={() => setOpenDialog(null)}
          workshopId={workshop.id}
          keyAccountId={account.id}
          people={ordered}
          relations={relations}
          initialFromId={relationFromId}
          onAdded={(relation) => {
            setSelection({ kind: 'relation', id: relation.id });
            announce(t('poster.announce.relationAddedShort'));
          }}
        />
        {deleteDialog}
        {liveRegion}
      </div>
    </ReactFlowProvider>
  );
}
