import type { KeyAccount } from '../../domain/keyAccount';
import type { Relation } from '../../domain/relation';
import type { Stakeholder } from '../../domain/stakeholder';
import type { PageCanvas } from '../pageCanvas';
import type { SectionContext } from '../sectionContext';
import { ATTITUDE_COLOURS, COLOURS, TYPE } from '../theme';
import { posterLayout, posterLegend, RELATION_STYLES, relationEndpoints, type PersonBox } from './posterGeometry';

/**
 * One landscape page per key account: the customer's buying team on the left, our people on the
 * right, each a box with role, attitude and influence, and the relations between them as lines whose
 * style says the kind of relation. The boxes shrink to fit however many people the poster has.
 */
export function buildPosters(context: SectionContext): void {
  const { t, doc, bundle } = context;
  const accounts = [...bundle.records.keyAccounts].sort((left, right) => left.order - right.order || left.name.localeCompare(right.name));
  if (accounts.length === 0) {
    const canvas = doc.sectionCanvas('posters', 'landscape', t('pdf.sections.posters'));
    canvas.paragraph(t('pdf.posters.empty'), canvas.left, canvas.y, canvas.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const stakeholdersByAccount = groupBy(bundle.records.stakeholders, (stakeholder) => stakeholder.keyAccountId);
  const relationsByAccount = groupBy(bundle.records.relations, (relation) => relation.keyAccountId);
  for (const account of accounts) {
    drawPoster(context, account, stakeholdersByAccount.get(account.id) ?? [], relationsByAccount.get(account.id) ?? []);
  }
}

function groupBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const list = groups.get(key(record));
    if (list) list.push(record);
    else groups.set(key(record), [record]);
  }
  return groups;
}

const MIDDLE_GAP = 64;
const LEGEND_HEIGHT = 24;
const SIDE_HEADER = 18;

function drawPoster(context: SectionContext, account: KeyAccount, people: readonly Stakeholder[], relations: readonly Relation[]): void {
  const { t, doc } = context;
  const accountName = account.name.trim() || t('pdf.untitled');
  const canvas = doc.sectionCanvas('posters', 'landscape', t('pdf.posters.title', { account: accountName }));
  if (account.note.trim()) {
    canvas.y += canvas.paragraph(account.note, canvas.left, canvas.y, canvas.width, TYPE.small, { colour: COLOURS.muted, maxLines: 2 });
  }
  canvas.y += 8;
  if (people.length === 0) {
    canvas.paragraph(t('pdf.posters.noPeople'), canvas.left, canvas.y, canvas.width, TYPE.body, { colour: COLOURS.muted });
    return;
  }
  const sideWidth = (canvas.width - MIDDLE_GAP) / 2;
  const areaTop = canvas.y + SIDE_HEADER + 6;
  const areaHeight = canvas.bottom - LEGEND_HEIGHT - 8 - areaTop;
  const sides = [
    { side: 'customer' as const, x: canvas.left, title: t('pdf.posters.customerSide', { account: accountName }) },
    { side: 'ours' as const, x: canvas.left + sideWidth + MIDDLE_GAP, title: t('pdf.posters.ourSide') },
  ];
  const boxes: PersonBox[] = [];
  let hidden = 0;
  for (const { side, x, title } of sides) {
    canvas.rect(x, canvas.y, sideWidth, SIDE_HEADER, { fill: COLOURS.bandStrong, radius: 2 });
    canvas.text(title, x + 6, canvas.y + 12, TYPE.smallBold, { maxWidth: sideWidth - 12 });
    const members = people.filter((person) => person.side === side);
    const grid = posterLayout(members, { x, y: areaTop, width: sideWidth, height: areaHeight });
    boxes.push(...grid.boxes);
    hidden += grid.hiddenCount;
  }
  // Lines first, so the white boxes drawn over them keep every name readable.
  const boxById = new Map(boxes.map((box) => [box.person.id, box]));
  for (const relation of relations) {
    const from = boxById.get(relation.fromId);
    const to = boxById.get(relation.toId);
    if (!from || !to || from === to) continue;
    drawRelation(canvas, relation, from, to);
  }
  for (const box of boxes) drawPerson(context, canvas, box);
  if (hidden > 0) {
    canvas.text(t('pdf.posters.more', { count: hidden }), canvas.right, canvas.bottom - LEGEND_HEIGHT - 2, TYPE.small, {
      align: 'right',
      colour: COLOURS.muted,
      maxWidth: canvas.width / 2,
    });
  }
  posterLegend(context, canvas, canvas.bottom - LEGEND_HEIGHT + 10);
}

function drawRelation(canvas: PageCanvas, relation: Relation, from: PersonBox, to: PersonBox): void {
  const style = RELATION_STYLES[relation.type];
  const [start, end] = relationEndpoints(from, to);
  const lineWidth = 0.4 + relation.strength * 0.4;
  canvas.line(start[0], start[1], end[0], end[1], COLOURS.muted, lineWidth, style.dash);
  if (!style.arrow) return;
  const angle = Math.atan2(end[1] - start[1], end[0] - start[0]);
  const size = 5;
  canvas.polygon(
    [
      [end[0], end[1]],
      [end[0] - size * Math.cos(angle - 0.4), end[1] - size * Math.sin(angle - 0.4)],
      [end[0] - size * Math.cos(angle + 0.4), end[1] - size * Math.sin(angle + 0.4)],
    ],
    true,
    { fill: COLOURS.muted },
  );
}

function drawPerson(context: SectionContext, canvas: PageCanvas, box: PersonBox): void {
  const { t } = context;
  const { person, x, y, width, height, scale } = box;
  canvas.rect(x, y, width, height, { fill: COLOURS.white, stroke: COLOURS.rule, lineWidth: 0.7, radius: 3 });
  canvas.rect(x, y, 5, height, { fill: ATTITUDE_COLOURS[person.attitude], stroke: null });
  const textX = x + 10;
  const textWidth = width - 14;
  const nameStyle = { size: TYPE.cellBold.size * scale, weight: 'bold' } as const;
  const lineStyle = { size: TYPE.small.size * scale, weight: 'regular' } as const;
  const name = { text: person.name || t('pdf.untitled'), style: nameStyle, colour: COLOURS.ink };
  // A job title or an organisation may take two lines; when the box is full, the last lines give way.
  const titleLines = canvas.measure.wrap(person.title, textWidth, lineStyle, 2).map((text) => ({ text, style: lineStyle, colour: COLOURS.muted }));
  const lines = [
    name,
    ...titleLines,
    { text: `${t(`pdf.posters.roles.${person.role}`)} · ${t(`pdf.posters.attitudes.${person.attitude}`)}`, style: lineStyle, colour: COLOURS.ink },
    ...canvas.measure.wrap(person.organisation ?? '', textWidth, lineStyle, 2).map((text) => ({ text, style: lineStyle, colour: COLOURS.muted })),
    { text: t('pdf.posters.influence', { value: person.influence }), style: lineStyle, colour: COLOURS.muted },
  ].filter((line) => line.text.trim() !== '');
  let baseline = y + 4 + nameStyle.size;
  for (const line of lines) {
    if (baseline > y + height - 3) break;
    canvas.text(line.text, textX, baseline, line.style, { maxWidth: textWidth, colour: line.colour });
    baseline += line.style.size * 1.25;
  }
}
