import { NOTE_SIZE } from '../../../../../shared/logic/ideaBoard';
import type { FarNote, FarViewport } from './farNoteDrawing';

/**
 * The notes being carried while zoomed far out: plain cards on one layer of their own, moved by a
 * transform only, so a pointer move repaints nothing and re-lays out nothing. Cards carry no user
 * text, only colour classes.
 */
export class FarGhost {
  constructor(private readonly host: HTMLElement) {}

  show(notes: readonly FarNote[], viewport: FarViewport): void {
    this.host.replaceChildren(
      ...notes.map((note) => {
        const card = document.createElement('div');
        card.className = `ideas-far-ghost-note colour-${note.colour}${note.chosen ? ' is-chosen' : ''}`;
        card.style.left = `${viewport.x + note.x * viewport.zoom}px`;
        card.style.top = `${viewport.y + note.y * viewport.zoom}px`;
        card.style.width = `${NOTE_SIZE.width * viewport.zoom}px`;
        card.style.height = `${NOTE_SIZE.height * viewport.zoom}px`;
        return card;
      }),
    );
    this.host.style.transform = 'translate3d(0, 0, 0)';
    this.host.hidden = false;
  }

  moveBy(x: number, y: number): void {
    this.host.style.transform = `translate3d(${x}px, ${y}px, 0)`;
  }

  hide(): void {
    this.host.hidden = true;
    this.host.replaceChildren();
  }
}
