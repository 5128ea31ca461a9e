import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getPlatform } from '../platform';
import type { ShellLanguage } from '../platform';

function toShellLanguage(language: string): ShellLanguage {
  return language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * Keeps the desktop app's native menu in the UI's language: at start (the shell only guessed from the
 * OS locale) and on every switch. A refusal is logged only: the page itself is unaffected.
 */
export function useMenuLanguage(): void {
  const { i18n } = useTranslation();
  const language = toShellLanguage(i18n.resolvedLanguage ?? i18n.language);
  useEffect(() => {
    getPlatform()
      .setShellLanguage(language)
      .catch((error: unknown) => console.warn('[menu language] the desktop shell did not switch', error));
  }, [language]);
}
