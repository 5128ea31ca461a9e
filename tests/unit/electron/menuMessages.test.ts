import { describe, expect, it } from 'vitest';
import { fillPlaceholders, menuMessages } from '../../../electron/main/menuMessages';
import { shellLanguageForLocale } from '../../../electron/main/shellLanguage';
import en from '../../../renderer/locales/en.json';
import es from '../../../renderer/locales/es.json';

describe('menu messages', () => {
  it('come from the "menu" section of each catalogue, with the app name filled in', () => {
    const spanish = menuMessages('es', 'DSRS Studio');
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(es.menu).sort());
    expect(spanish.file).toBe(es.menu.file);
    expect(spanish.about).toBe('Acerca de DSRS Studio');
    expect(menuMessages('en', 'Acme').about).toBe('About Acme');
    // Only the error dialog keeps a placeholder: the file name, filled in when it is shown.
    const { openFileFailed, openFileTooLarge, openFileUnreadable, ...menuLabels } = menuMessages('en', 'DSRS Studio');
    expect(openFileTooLarge).toContain('{{size}}');
    expect(openFileUnreadable).toContain('{{detail}}');
    for (const text of Object.values(menuLabels)) expect(text).not.toMatch(/\{\{|\}\}/);
    expect(fillPlaceholders(openFileFailed, { name: 'a.dsrs.json' })).toBe('Could not open a.dsrs.json');
  });

  it('do not change the catalogues they read', () => {
    menuMessages('en', 'Other name');
    expect(en.menu.about).toBe('About {{appName}}');
  });

  it('fill known placeholders and leave unknown ones visible', () => {
    expect(fillPlaceholders('Quit {{appName}}', { appName: 'DSRS Studio' })).toBe('Quit DSRS Studio');
    expect(fillPlaceholders('{{a}} and {{b}}', { a: '1' })).toBe('1 and {{b}}');
    expect(fillPlaceholders('no placeholders', { appName: 'x' })).toBe('no placeholders');
  });
});

describe('shell language from the OS locale', () => {
  it('is Spanish for any Spanish locale and English otherwise', () => {
    for (const locale of ['es', 'es-ES', 'es-419', 'ES-mx', 'es_ES', ' es ']) expect(shellLanguageForLocale(locale), locale).toBe('es');
    // 'est' and 'esu' are other languages that merely start with the same letters.
    for (const locale of ['en-US', 'en', 'de-DE', 'pt-BR', 'fr', '', 'est', 'esu']) expect(shellLanguageForLocale(locale), locale).toBe('en');
  });
});
