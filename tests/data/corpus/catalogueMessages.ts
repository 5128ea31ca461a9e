import i18next, { type TFunction } from 'i18next';
import { mergeCatalogues, type Catalogue } from '../../../renderer/app/catalogues';

/**
 * The app's real message catalogues, loaded into the i18next instance the renderer modules use, with
 * the options the app sets (renderer/app/i18n.ts), so tests see the messages a user would read.
 */
const files = import.meta.glob<Catalogue>('../../../renderer/locales/*.json', { eager: true, import: 'default' });

export const MESSAGE_LANGUAGES = ['en', 'es'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export async function loadAppCatalogues(language: MessageLanguage = 'en'): Promise<void> {
  await i18next.init({
    resources: { en: { translation: mergeCatalogues(files, 'en') }, es: { translation: mergeCatalogues(files, 'es') } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
}

export function translatorFor(language: MessageLanguage): TFunction {
  return i18next.getFixedT(language);
}

export function hasMessage(key: string, language: MessageLanguage): boolean {
  return i18next.exists(key, { lng: language, fallbackLng: false });
}

/**
 * Why a message shown to a user is not acceptable, or null: empty, a catalogue key or a placeholder
 * left in, or words from code ("undefined", "[object Object]", "NaN"). Text the message quotes from
 * the user's file or paste (`quoted`) is taken out first: it may say anything.
 */
export function messageFault(message: string, quoted: readonly string[] = []): string | null {
  let own = message;
  for (const text of quoted) if (text !== '') own = own.split(text).join(' ');
  if (message.trim() === '') return 'is empty';
  if (/\{\{|\}\}/.test(own)) return 'has a placeholder left in';
  if (/\b(undefined|null|NaN)\b|\[object /.test(own)) return 'has words from code in it';
  if (/^[a-z]+(\.[a-zA-Z_]+)+$/.test(message.trim())) return 'is a catalogue key, not a message';
  return null;
}
