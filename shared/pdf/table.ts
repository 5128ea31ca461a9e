import type { Rgb, TextAlign } from './documentModel';
import type { SectionFlow } from './documentBuilder';
import type { PageCanvas } from './pageCanvas';
import { COLOURS, LINE_HEIGHT, TYPE } from './theme';
import { ELLIPSIS, type TextStyle } from './textMeasure';

/**
 * A table that flows over pages: the header row is repeated on every page, a row is never split,
 * and cell text wraps inside its column (cut with an ellipsis when a cell would be taller than the
 * limit), so a long message can never push a table off the page.
 */

export interface TableColumn {
  header: string;
  /** Relative width: the columns share the table width in proportion. */
  weight: number;
  align?: TextAlign;
}

export interface TextBlock {
  text: string;
  style?: TextStyle;
  colour?: Rgb;
  maxLines?: number;
  /** A list item: a bullet, and wrapped lines indented under the first one's text. */
  bullet?: boolean;
}

export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TableCell =
  | { kind: 'text'; blocks: TextBlock[] }
  | { kind: 'custom'; height: number; draw: (canvas: PageCanvas, box: CellBox) => void };

export function textCell(text: string, options: Omit<TextBlock, 'text'> = {}): TableCell {
  return { kind: 'text', blocks: [{ text, ...options }] };
}

export function blocksCell(blocks: TextBlock[]): TableCell {
  return { kind: 'text', blocks: blocks.filter((block) => block.text.trim() !== '') };
}

const PADDING_X = 4;
const PADDING_Y = 4;
const BLOCK_GAP = 2;
/** A single row never takes more than this share of a page's content height. */
const MAX_ROW_SHARE = 0.6;

interface LaidOutBlock {
  lines: string[];
  style: TextStyle;
  colour: Rgb;
  indent: number;
}

const BULLET = '•';
const BULLET_INDENT = 7;

function blockHeight(block: LaidOutBlock): number {
  return block.lines.length * block.style.size * LINE_HEIGHT;
}

function layoutTextCell(canvas: PageCanvas, blocks: readonly TextBlock[], width: number, maxHeight: number): LaidOutBlock[] {
  const laidOut: LaidOutBlock[] = [];
  let used = 0;
  for (const block of blocks) {
    const style = block.style ?? TYPE.cell;
    const lineStep = style.size * LINE_HEIGHT;
    const gap = laidOut.length > 0 ? BLOCK_GAP : 0;
    const roomLines = Math.floor((maxHeight - used - gap) / lineStep);
    if (roomLines < 1) {
      markCut(canvas, laidOut, width);
      break;
    }
    const indent = block.bullet ? BULLET_INDENT : 0;
    const wanted = canvas.measure.wrap(block.text, width - indent, style, block.maxLines);
    const lines = wanted.length > roomLines ? canvas.measure.wrap(block.text, width - indent, style, roomLines) : wanted;
    if (lines.length === 0) continue;
    laidOut.push({ lines, style, colour: block.colour ?? COLOURS.ink, indent });
    used += gap + lines.length * lineStep;
  }
  return laidOut;
}

/** When later blocks had no room, the last kept line says so with an ellipsis. */
function markCut(canvas: PageCanvas, blocks: LaidOutBlock[], width: number): void {
  const last = blocks.at(-1);
  const line = last?.lines.at(-1);
  if (!last || line === undefined || line.endsWith(ELLIPSIS)) return;
  last.lines[last.lines.length - 1] = canvas.measure.fit(`${line}${ELLIPSIS}`, width - last.indent, last.style);
}

export interface TableOptions {
  /** Light bands on every other row. */
  zebra?: boolean;
}

export function drawTable(flow: SectionFlow, columns: readonly TableColumn[], rows: readonly (readonly TableCell[])[], options: TableOptions = {}): void {
  const headerStyle = TYPE.smallBold;
  const headerHeight = headerStyle.size * LINE_HEIGHT + PADDING_Y * 2;

  const columnBoxes = (canvas: PageCanvas): { x: number; width: number }[] => {
    const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0) || 1;
    let x = canvas.left;
    return columns.map((column) => {
      const width = (canvas.width * column.weight) / totalWeight;
      const box = { x, width };
      x += width;
      return box;
    });
  };

  const drawHeader = (canvas: PageCanvas): void => {
    const boxes = columnBoxes(canvas);
    canvas.rect(canvas.left, canvas.y, canvas.width, headerHeight, { fill: COLOURS.bandStrong });
    columns.forEach((column, index) => {
      const box = boxes[index];
      if (!box) return;
      const inner = box.width - PADDING_X * 2;
      const x = column.align === 'right' ? box.x + box.width - PADDING_X : column.align === 'center' ? box.x + box.width / 2 : box.x + PADDING_X;
      canvas.text(column.header, x, canvas.y + PADDING_Y + headerStyle.size * 0.95, headerStyle, { maxWidth: inner, align: column.align ?? 'left' });
    });
    canvas.y += headerHeight;
  };

  let canvas = flow.ensure(headerHeight + 30);
  drawHeader(canvas);
  rows.forEach((row, rowIndex) => {
    const boxes = columnBoxes(canvas);
    const maxCellHeight = (canvas.bottom - canvas.top) * MAX_ROW_SHARE;
    const cells = row.map((cell, index) => {
      const inner = (boxes[index]?.width ?? 0) - PADDING_X * 2;
      if (cell.kind === 'custom') return { cell, blocks: [] as LaidOutBlock[], height: Math.min(cell.height, maxCellHeight) };
      const blocks = layoutTextCell(canvas, cell.blocks, inner, maxCellHeight);
      const height = blocks.reduce((sum, block, blockIndex) => sum + blockHeight(block) + (blockIndex > 0 ? BLOCK_GAP : 0), 0);
      return { cell, blocks, height };
    });
    const rowHeight = Math.max(TYPE.cell.size * LINE_HEIGHT, ...cells.map((entry) => entry.height)) + PADDING_Y * 2;
    if (canvas.y + rowHeight > canvas.bottom) {
      canvas = flow.newPage();
      drawHeader(canvas);
    }
    const top = canvas.y;
    if (options.zebra && rowIndex % 2 === 1) canvas.rect(canvas.left, top, canvas.width, rowHeight, { fill: COLOURS.band });
    cells.forEach((entry, index) => {
      const box = boxes[index];
      if (!box) return;
      const column = columns[index];
      const inner = box.width - PADDING_X * 2;
      if (entry.cell.kind === 'custom') {
        entry.cell.draw(canvas, { x: box.x + PADDING_X, y: top + PADDING_Y, width: inner, height: rowHeight - PADDING_Y * 2 });
        return;
      }
      let y = top + PADDING_Y;
      entry.blocks.forEach((block, blockIndex) => {
        if (blockIndex > 0) y += BLOCK_GAP;
        const step = block.style.size * LINE_HEIGHT;
        const x = column?.align === 'right' ? box.x + box.width - PADDING_X : column?.align === 'center' ? box.x + box.width / 2 : box.x + PADDING_X;
        if (block.indent > 0) canvas.text(BULLET, x, y + block.style.size * 0.95, block.style, { maxWidth: block.indent, colour: block.colour });
        block.lines.forEach((line, lineIndex) => {
          canvas.text(line, x + block.indent, y + lineIndex * step + block.style.size * 0.95, block.style, {
            maxWidth: inner - block.indent,
            colour: block.colour,
            align: column?.align ?? 'left',
          });
        });
        y += block.lines.length * step;
      });
    });
    canvas.y = top + rowHeight;
    canvas.line(canvas.left, canvas.y, canvas.right, canvas.y, COLOURS.hairline, 0.5);
  });
}
