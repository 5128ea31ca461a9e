/**
 * The stream of edits the crash test makes, and what it expects to find on disk afterwards.
 * Each edit notes its value in the ledger before the UI writes it, and acknowledges it only once
 * the save indicator says "saved"; after a restart every slot is compared with the disk.
 */
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { preparationItemSchema, PREPARATION_STATUSES, workshopSchema } from '../../../shared/domain';
import { PHASE_IDS, type PhaseId } from '../../../shared/method/phases';
import {
  checklistItemIds,
  checklistStatusSelect,
  checklistTextInput,
  createWorkshopInUi,
  fillRenameDialog,
  isPhaseMarkedDone,
  openPhase,
  openWorkshopFromLibrary,
  phaseDoneButton,
  submitDialog,
  waitUntilSaved,
  type ChecklistTextField,
} from './appScreens';
import { EditLedger } from './editLedger';
import type { SeededRandom } from './seededRandom';
import type { StoredSnapshot } from './storedData';

const MAX_WORKSHOPS = 4;
/** Notes are cleared now and then so typing stays fast and fields stay small. */
const LONGEST_TYPED_TEXT = 60;

interface KnownWorkshop {
  id: string;
  /** The title last written (acknowledged or not). */
  title: string;
  itemIds: string[];
}

export interface EditCounts {
  attempted: number;
  byKind: Record<string, number>;
}

const workshopsOnDisk = z.array(workshopSchema);
const itemsOnDisk = z.array(preparationItemSchema);

export class CrashScenario {
  readonly ledger = new EditLedger();
  readonly counts: EditCounts = { attempted: 0, byKind: {} };
  /** Problems that are not lost edits (a record that does not validate, a workshop nobody made). */
  readonly anomalies: string[] = [];
  /**
   * Workshops found on disk without their seeded checklist: creating a workshop and seeding it are two
   * transactions, so a kill between them leaves a workshop that must still open (an edit the UI never
   * acknowledged, so not a loss; reported so the figure stays visible).
   */
  readonly workshopsWithoutChecklist = new Set<string>();
  private readonly workshops = new Map<string, KnownWorkshop>();
  /** Titles of workshops whose creation started but was not acknowledged. */
  private readonly pendingCreations = new Set<string>();
  private titleCounter = 0;

  constructor(private readonly random: SeededRandom) {}

  get workshopCount(): number {
    return this.workshops.size;
  }

  /** A workshop to open after a restart (the proof that it opens without error). */
  pickWorkshop(): KnownWorkshop | undefined {
    const all = [...this.workshops.values()];
    return all.length === 0 ? undefined : this.random.pick(all);
  }

  /** One edit through the UI, chosen by the seeded generator. */
  async makeEdit(page: Page): Promise<void> {
    const workshop = this.pickWorkshop();
    const roll = this.random.next();
    if (!workshop || (roll < 0.06 && this.workshops.size < MAX_WORKSHOPS)) return this.count('create', () => this.createWorkshop(page));
    if (roll < 0.12) return this.count('rename', () => this.renameWorkshop(page, workshop));
    if (roll < 0.36) return this.count('phase', () => this.togglePhase(page, workshop, this.random.pick(PHASE_IDS)));
    if (workshop.itemIds.length === 0) return this.count('phase', () => this.togglePhase(page, workshop, 'preparation'));
    const itemId = this.random.pick(workshop.itemIds);
    if (roll < 0.5) return this.count('status', () => this.setStatus(page, workshop, itemId));
    return this.count('typing', () => this.typeInChecklist(page, workshop, itemId, roll < 0.62 ? 'owner' : 'note'));
  }

  private async count(kind: string, edit: () => Promise<void>): Promise<void> {
    this.counts.attempted += 1;
    this.counts.byKind[kind] = (this.counts.byKind[kind] ?? 0) + 1;
    await edit();
  }

  private nextTitle(): string {
    this.titleCounter += 1;
    return `Crash ${this.titleCounter} ${this.random.word()}`;
  }

  private async createWorkshop(page: Page): Promise<void> {
    const title = this.nextTitle();
    this.pendingCreations.add(title);
    const id = await createWorkshopInUi(page, `Client ${this.random.word()}`, title);
    await waitUntilSaved(page);
    // The new workshop opens (on Preparation) only after its checklist was seeded, so the items are
    // part of what was saved.
    await page.getByTestId('checklist-item').first().waitFor();
    const itemIds = await checklistItemIds(page);
    this.pendingCreations.delete(title);
    this.workshops.set(id, { id, title, itemIds });
    this.ledger.acknowledge(`workshop/${id}/exists`, true);
    this.ledger.verify(`workshop/${id}/title`, title);
    for (const itemId of itemIds) this.ledger.verify(`item/${itemId}/exists`, true);
  }

  private async renameWorkshop(page: Page, workshop: KnownWorkshop): Promise<void> {
    const title = this.nextTitle();
    const dialog = await fillRenameDialog(page, workshop.title, title);
    this.ledger.attempt(`workshop/${workshop.id}/title`, title);
    await submitDialog(dialog, 'Save');
    workshop.title = title;
    await openWorkshopFromLibrary(page, title);
    await waitUntilSaved(page);
    this.ledger.acknowledge(`workshop/${workshop.id}/title`, title);
  }

  private async togglePhase(page: Page, workshop: KnownWorkshop, phase: PhaseId): Promise<void> {
    await openPhase(page, workshop.id, phase);
    const done = !(await isPhaseMarkedDone(page));
    const key = `workshop/${workshop.id}/phase/${phase}`;
    this.ledger.attempt(key, done);
    await phaseDoneButton(page).click();
    // The button reflects the stored workshop (a live query), so the flip means it was read back.
    await page.locator(`.phase-status-box button[aria-pressed="${String(done)}"]`).waitFor();
    await waitUntilSaved(page);
    this.ledger.acknowledge(key, done);
  }

  private async setStatus(page: Page, workshop: KnownWorkshop, itemId: string): Promise<void> {
    await openPhase(page, workshop.id, 'preparation');
    const select = checklistStatusSelect(page, itemId);
    const current = await select.inputValue();
    const status = this.random.pick(PREPARATION_STATUSES.filter((candidate) => candidate !== current));
    const key = `item/${itemId}/status`;
    this.ledger.attempt(key, status);
    await select.selectOption(status);
    await waitUntilSaved(page);
    this.ledger.acknowledge(key, status);
  }

  /** Types a word key by key: every keystroke is its own write, so a kill can land between any two. */
  private async typeInChecklist(page: Page, workshop: KnownWorkshop, itemId: string, field: ChecklistTextField): Promise<void> {
    await openPhase(page, workshop.id, 'preparation');
    const input = checklistTextInput(page, itemId, field);
    const key = `item/${itemId}/${field}`;
    let text = await input.inputValue();
    if (text.length > LONGEST_TYPED_TEXT) {
      this.ledger.attempt(key, '');
      await input.fill('');
      text = '';
    }
    const typed = (text === '' ? '' : ' ') + this.random.word();
    for (let length = 1; length <= typed.length; length += 1) this.ledger.attempt(key, text + typed.slice(0, length));
    await input.focus();
    await page.keyboard.press('Control+End');
    await input.pressSequentially(typed);
    await waitUntilSaved(page);
    this.ledger.acknowledge(key, text + typed);
  }

  /** Compares everything the ledger knows with the disk; then the disk is the new starting point. */
  verify(snapshot: StoredSnapshot): void {
    const workshops = this.validated('workshops', workshopsOnDisk, snapshot.workshops);
    const items = this.validated('preparationItems', itemsOnDisk, snapshot.preparationItems);
    const storedWorkshops = new Map(workshops.map((workshop) => [workshop.id, workshop]));
    for (const stored of workshops) {
      if (this.workshops.has(stored.id)) continue;
      if (!this.pendingCreations.has(stored.title)) {
        this.anomalies.push(`A workshop nobody created is on disk: ${stored.title} (${stored.id})`);
        continue;
      }
      this.workshops.set(stored.id, { id: stored.id, title: stored.title, itemIds: [] });
    }
    this.pendingCreations.clear();

    for (const known of [...this.workshops.values()]) {
      const stored = storedWorkshops.get(known.id);
      this.ledger.verify(`workshop/${known.id}/exists`, stored ? true : undefined);
      this.ledger.verify(`workshop/${known.id}/title`, stored?.title);
      for (const phase of PHASE_IDS) this.ledger.verify(`workshop/${known.id}/phase/${phase}`, stored ? stored.completedPhases.includes(phase) : undefined);
      if (!stored) {
        this.workshops.delete(known.id);
        continue;
      }
      known.title = stored.title;
      const ownItems = items.filter((item) => item.workshopId === known.id);
      if (ownItems.length === 0) this.workshopsWithoutChecklist.add(known.id);
      const storedIds = new Set(ownItems.map((item) => item.id));
      for (const itemId of known.itemIds) if (!storedIds.has(itemId)) this.verifyItem(itemId, undefined);
      for (const item of ownItems) this.verifyItem(item.id, item);
      known.itemIds = ownItems.map((item) => item.id);
    }
  }

  private verifyItem(itemId: string, stored: z.infer<typeof preparationItemSchema> | undefined): void {
    this.ledger.verify(`item/${itemId}/exists`, stored ? true : undefined);
    this.ledger.verify(`item/${itemId}/note`, stored?.note);
    this.ledger.verify(`item/${itemId}/owner`, stored?.owner);
    this.ledger.verify(`item/${itemId}/status`, stored?.status);
  }

  private validated<T>(table: string, schema: z.ZodType<T[]>, rows: unknown): T[] {
    const result = schema.safeParse(rows);
    if (result.success) return result.data;
    this.anomalies.push(`Rows of ${table} on disk do not validate: ${result.error.message}`);
    return [];
  }
}
