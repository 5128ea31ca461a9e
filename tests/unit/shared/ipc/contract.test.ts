import { describe, expect, it } from 'vitest';
import {
  ALL_EVENT_CHANNELS,
  ALL_INVOKE_CHANNELS,
  EVENT_CONTRACT,
  INVOKE_CONTRACT,
} from '../../../../shared/ipc/contract';
import { autoBackupReadRequestSchema, autoBackupWriteRequestSchema, MAX_AUTO_BACKUP_BYTES } from '../../../../shared/ipc/autoBackupContract';
import { openTextFileRequestSchema, saveFileRequestSchema } from '../../../../shared/ipc/filesContract';
import { menuCommandSchema, MENU_COMMANDS } from '../../../../shared/ipc/eventsContract';
import { utf8ByteLength } from '../../../../shared/ipc/textSize';
import { setLanguageRequestSchema, setLanguageResultSchema, SHELL_LANGUAGES } from '../../../../shared/ipc/languageContract';
import {
  phaseHash,
  presenterClosedEventSchema,
  presenterFullScreenRequestSchema,
  presenterTargetSchema,
  presenterWindowPath,
  presentingModeOf,
} from '../../../../shared/ipc/presenterContract';
import { PHASE_IDS } from '../../../../shared/method/phases';

const WORKSHOP_ID = '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d';

describe('IPC contract', () => {
  it('has one schema pair per invoke channel and one schema per event channel, with unique names', () => {
    expect(Object.keys(INVOKE_CONTRACT).sort()).toEqual([...ALL_INVOKE_CHANNELS].sort());
    expect(Object.keys(EVENT_CONTRACT).sort()).toEqual([...ALL_EVENT_CHANNELS].sort());
    const all = [...ALL_INVOKE_CHANNELS, ...ALL_EVENT_CHANNELS];
    expect(new Set(all).size).toBe(all.length);
  });

  it('lists exactly the menu commands the app handles', () => {
    expect([...MENU_COMMANDS].sort()).toEqual(
      ['about', 'export-pdf', 'new-workshop', 'open-backup', 'presenter-mode', 'redo', 'restore-auto-backup', 'save-backup', 'undo'].sort(),
    );
    expect(menuCommandSchema.safeParse('format-disk').success).toBe(false);
  });
});

describe('saveFile request', () => {
  const valid = { suggestedName: 'acme-2025-03-01.dsrs.json', filters: [{ name: 'Backup', extensions: ['dsrs.json', 'json'] }] };

  it('accepts text as utf8 and bytes as binary', () => {
    expect(saveFileRequestSchema.safeParse({ ...valid, encoding: 'utf8', content: '{}' }).success).toBe(true);
    expect(saveFileRequestSchema.safeParse({ ...valid, encoding: 'binary', content: new Uint8Array([37, 80, 68, 70]) }).success).toBe(true);
  });

  it('rejects content that does not match its encoding', () => {
    expect(saveFileRequestSchema.safeParse({ ...valid, encoding: 'utf8', content: new Uint8Array([1]) }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, encoding: 'binary', content: 'text' }).success).toBe(false);
  });

  it('rejects a suggested name that is a path', () => {
    for (const suggestedName of ['../evil.json', 'dir/file.json', 'C:\\Windows\\x.json', '..', '', 'a\u0000b.json']) {
      expect(saveFileRequestSchema.safeParse({ ...valid, suggestedName, encoding: 'utf8', content: '' }).success, suggestedName).toBe(false);
    }
  });

  it('rejects extensions with a leading dot or wildcard pattern', () => {
    for (const extension of ['.json', '*.json', 'js on', '']) {
      const request = { ...valid, filters: [{ name: 'x', extensions: [extension] }], encoding: 'utf8', content: '' };
      expect(saveFileRequestSchema.safeParse(request).success, extension).toBe(false);
    }
  });
});

describe('openTextFile request', () => {
  it('needs a positive integer size limit', () => {
    expect(openTextFileRequestSchema.safeParse({ filters: [], maxBytes: 1024 }).success).toBe(true);
    expect(openTextFileRequestSchema.safeParse({ filters: [], maxBytes: 0 }).success).toBe(false);
    expect(openTextFileRequestSchema.safeParse({ filters: [], maxBytes: 1.5 }).success).toBe(false);
    expect(openTextFileRequestSchema.safeParse({ filters: [] }).success).toBe(false);
  });
});

describe('automatic backup requests', () => {
  it('write needs a UUID workshop and refuses more than 50 MB', () => {
    expect(autoBackupWriteRequestSchema.safeParse({ workshopId: WORKSHOP_ID, title: 'Acme', json: '{}' }).success).toBe(true);
    expect(autoBackupWriteRequestSchema.safeParse({ workshopId: 'not-a-uuid', title: 'Acme', json: '{}' }).success).toBe(false);
    const tooBig = 'x'.repeat(MAX_AUTO_BACKUP_BYTES + 1);
    expect(autoBackupWriteRequestSchema.safeParse({ workshopId: WORKSHOP_ID, title: 'Acme', json: tooBig }).success).toBe(false);
  });

  it('read accepts only names main produces, never a path', () => {
    expect(autoBackupReadRequestSchema.safeParse({ fileName: `${WORKSHOP_ID}_2025-03-01T09-30-00-000Z.dsrs.json` }).success).toBe(true);
    for (const fileName of [
      '../secrets.txt',
      `../${WORKSHOP_ID}_2025-03-01T09-30-00-000Z.dsrs.json`,
      `..\\${WORKSHOP_ID}_2025-03-01T09-30-00-000Z.dsrs.json`,
      `/etc/${WORKSHOP_ID}_2025-03-01T09-30-00-000Z.dsrs.json`,
      `${WORKSHOP_ID}_2025-03-01T09-30-00-000Z.dsrs.json/../../x`,
      'window-state.json',
      '',
    ]) {
      expect(autoBackupReadRequestSchema.safeParse({ fileName }).success, fileName).toBe(false);
    }
  });
});

describe('set-language request', () => {
  it('accepts exactly the catalogue languages', () => {
    expect([...SHELL_LANGUAGES]).toEqual(['en', 'es']);
    for (const language of SHELL_LANGUAGES) expect(setLanguageRequestSchema.parse({ language })).toEqual({ language });
  });

  it('rejects anything else', () => {
    for (const payload of [undefined, null, 'es', {}, { language: 'fr' }, { language: 'ES' }, { language: 'es-ES' }, { language: '' }, { language: 1 }]) {
      expect(setLanguageRequestSchema.safeParse(payload).success, JSON.stringify(payload)).toBe(false);
    }
  });

  it('answers with the applied language or a failure', () => {
    expect(setLanguageResultSchema.safeParse({ status: 'applied', language: 'es' }).success).toBe(true);
    expect(setLanguageResultSchema.safeParse({ status: 'failed', message: 'no' }).success).toBe(true);
    expect(setLanguageResultSchema.safeParse({ status: 'applied', language: 'de' }).success).toBe(false);
  });
});

describe('utf8ByteLength', () => {
  it('counts bytes as UTF-8 encodes them', () => {
    for (const text of ['', 'abc', 'ł€', 'Łódź — 😀', '\ud800 lone surrogate']) {
      expect(utf8ByteLength(text), text).toBe(new TextEncoder().encode(text).byteLength);
    }
  });
});

describe('presenter requests and addresses', () => {
  const target = { workshopId: WORKSHOP_ID, phase: 'diagnosis' };

  it('accept a workshop UUID and a phase of the method, nothing more', () => {
    expect(presenterTargetSchema.parse(target)).toEqual(target);
    for (const phase of PHASE_IDS) expect(presenterTargetSchema.safeParse({ workshopId: WORKSHOP_ID, phase }).success, phase).toBe(true);
    for (const payload of [
      undefined,
      { workshopId: WORKSHOP_ID },
      { workshopId: WORKSHOP_ID, phase: 'settings' },
      { workshopId: WORKSHOP_ID, phase: 'Diagnosis' },
      { workshopId: 'not-a-uuid', phase: 'diagnosis' },
      { workshopId: `${WORKSHOP_ID}/../x`, phase: 'diagnosis' },
      { ...target, extra: true },
    ]) {
      expect(presenterTargetSchema.safeParse(payload).success, JSON.stringify(payload)).toBe(false);
    }
    expect(presenterFullScreenRequestSchema.safeParse({ fullScreen: false }).success).toBe(true);
    expect(presenterFullScreenRequestSchema.safeParse({ fullScreen: 1 }).success).toBe(false);
    expect(presenterClosedEventSchema.safeParse({}).success).toBe(true);
    expect(presenterClosedEventSchema.safeParse({ reason: 'x' }).success).toBe(false);
  });

  it('write the projector window’s address and read presenter mode from a query', () => {
    expect(phaseHash({ workshopId: WORKSHOP_ID, phase: 'diagnosis' })).toBe(`#/workshop/${WORKSHOP_ID}/diagnosis`);
    expect(presenterWindowPath({ workshopId: WORKSHOP_ID, phase: 'poster' })).toBe(`index.html?present=window#/workshop/${WORKSHOP_ID}/poster`);
    expect(presentingModeOf('?present=window')).toBe('window');
    expect(presentingModeOf('?present=page')).toBe('page');
    expect(presentingModeOf('?x=1&present=page')).toBe('page');
    for (const search of ['', '?', '?present', '?present=', '?present=yes', '?window=presenter', '?Present=page']) {
      expect(presentingModeOf(search), search).toBeNull();
    }
  });
});
