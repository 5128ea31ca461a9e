import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

// The core catalogue is locales/<lang>.json; each feature adds locales/<feature>.<lang>.json with its
// own top-level key, so features can be written in parallel without touching one big file. Each
// language is a chunk of its own (catalogue.<lang>.ts), loaded before the first render: together they
// weigh about 60 KB gzipped, a quarter of the entry's budget.
const loadEnglish = () => import('./catalogue.en').then((module) => module.default);
const loadSpanish = () => import('./catalogue.es').then((module) => module.default);

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'dsrs.uiLanguage';

function initialLanguage(): UiLanguage {
  const stored = readStoredLanguage();
  if (stored) return stored;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

function readStoredLanguage(): UiLanguage | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'es' ? value : null;
  } catch {
    return null;
  }
}

export function setUiLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or a full disk: the switch still works for this session.
  }
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Both languages are loaded: a workshop's own language (its texts, the PDF) may differ from the UI's. */
export async function initI18n(): Promise<typeof i18next> {
  const language = initialLanguage();
  const [en, es] = await Promise.all([loadEnglish(), loadSpanish()]);
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    fallbackLng: 'en',
    // React escapes every interpolated value when it renders text; escaping here too would show &amp;.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Intl locale for a workshop language (dates and money are formatted with it). */
export function localeFor(language: string): string {
  return language === 'es' ? 'es-ES' : 'en-GB';
}
