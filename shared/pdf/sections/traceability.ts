import type { InitiativeTrace } from '../../logic/traceability';
import { SectionFlow, headingWithContinuation } from '../documentBuilder';
import type { SectionContext } from '../sectionContext';
import { blocksCell, drawTable, type TableCell, type TextBlock } from '../table';
import { COLOURS, TYPE } from '../theme';
import { statusLabel } from './shared';

/**
 * The appendix that answers "where did this come from?" for every initiative: the ideas it was
 * built from, the final objectives it serves and the diagnosis findings behind those objectives.
 */
export function buildTraceability(context: SectionContext): void {
  const { t, doc, facts } = context;
  const heading = t('pdf.sections.traceability');
  const flow = new SectionFlow(doc, 'traceability', 'portrait', heading, headingWithContinuation(t, heading));
  const intro = flow.canvas;
  intro.y += intro.paragraph(t('pdf.traceability.intro'), intro.left, intro.y, intro.width, TYPE.small, { colour: COLOURS.muted, maxLines: 3 }) + 8;
  const traces = facts.traces.traceAll();
  if (traces.length === 0) {
    intro.paragraph(t('pdf.traceability.empty'), intro.left, intro.y, intro.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const columns = [
    { header: t('pdf.traceability.initiative'), weight: 2.3 },
    { header: t('pdf.traceability.ideas'), weight: 2.6 },
    { header: t('pdf.traceability.objectives'), weight: 2.4 },
    { header: t('pdf.traceability.findings'), weight: 2.6 },
  ];
  drawTable(flow, columns, traces.map((trace) => traceRow(context, trace)), { zebra: true });
}

/** At most this many entries per cell; the rest are counted, so one busy initiative cannot fill a page. */
const MAX_ENTRIES = 6;

function listCell(entries: readonly TextBlock[], empty: string, more: (count: number) => string): TableCell {
  if (entries.length === 0) return blocksCell([{ text: empty, style: TYPE.small, colour: COLOURS.muted }]);
  const shown = entries.slice(0, MAX_ENTRIES);
  const rest = entries.length - shown.length;
  return blocksCell(rest > 0 ? [...shown, { text: more(rest), style: TYPE.small, colour: COLOURS.muted }] : shown);
}

function traceRow(context: SectionContext, trace: InitiativeTrace): TableCell[] {
  const { t, format } = context;
  const { initiative } = trace;
  const more = (count: number): string => t('pdf.traceability.more', { count });
  const details = [initiative.workstream.trim(), initiative.owner.trim(), `${format.date(initiative.start)} – ${format.date(initiative.end)}`, statusLabel(t, initiative.status)]
    .filter((part) => part !== '')
    .join(' · ');
  return [
    blocksCell([
      { text: initiative.title || t('pdf.untitled'), style: TYPE.cellBold, maxLines: 4 },
      { text: details, style: TYPE.small, colour: COLOURS.muted, maxLines: 4 },
      { text: initiative.team ? t('pdf.traceability.team', { team: initiative.team }) : '', style: TYPE.small, colour: COLOURS.muted, maxLines: 3 },
    ]),
    listCell(
      trace.ideas.map((idea) => ({ text: idea.author.trim() ? `${idea.text} (${idea.author.trim()})` : idea.text, style: TYPE.small, maxLines: 6, bullet: true })),
      t('pdf.traceability.noIdeas'),
      more,
    ),
    listCell(
      trace.objectives.map((entry) => ({
        text: entry.route === 'via_idea' ? `${entry.objective.title} (${t('pdf.traceability.viaIdea')})` : entry.objective.title,
        style: TYPE.small,
        maxLines: 6,
        bullet: true,
      })),
      t('pdf.traceability.noObjectives'),
      more,
    ),
    listCell(
      trace.findings.map((finding) => ({ text: `${finding.title} (${t('pdf.traceability.impact', { impact: finding.impact })})`, style: TYPE.small, maxLines: 6, bullet: true })),
      t('pdf.traceability.noFindings'),
      more,
    ),
  ];
}
