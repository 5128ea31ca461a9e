import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/domain';
import { noteExcerpt, noteText, zoneLabel } from '../ideaLabels';
import { RatingSelect } from '../panel/RatingSelect';

/** Every idea with its two ratings as lists: the way to rate without dragging or arrow keys. */
export function RatingsTable({ ideas, language }: { ideas: readonly Idea[]; language: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card section-card" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{t('ideas.matrix.tableTitle')}</h2>
      </div>
      {ideas.length === 0 ? (
        <p className="muted">{t('ideas.matrix.noIdeas')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table ideas-ratings-table">
            <thead>
              <tr>
                <th scope="col">{t('ideas.matrix.columnIdea')}</th>
                <th scope="col">{t('ideas.panel.impact')}</th>
                <th scope="col">{t('ideas.panel.effort')}</th>
                <th scope="col">{t('ideas.matrix.columnZone')}</th>
              </tr>
            </thead>
            <tbody>
              {ideas.map((idea) => {
                const excerpt = noteExcerpt(idea, t);
                return (
                  <tr key={idea.id}>
                    <td className="ideas-ratings-text">{noteText(idea, t)}</td>
                    <td>
                      <RatingSelect idea={idea} field="impact" label={t('ideas.matrix.impactOf', { text: excerpt })} hideLabel undoLabel={t('ideas.undo.impact', { text: excerpt })} language={language} />
                    </td>
                    <td>
                      <RatingSelect idea={idea} field="effort" label={t('ideas.matrix.effortOf', { text: excerpt })} hideLabel undoLabel={t('ideas.undo.effort', { text: excerpt })} language={language} />
                    </td>
                    <td className="ideas-ratings-zone">{zoneLabel(idea, t)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
