import type { ShellLanguage } from '../../shared/ipc/languageContract';

/**
 * The language the shell starts in, before the renderer has said which one it shows: Spanish for any
 * Spanish OS locale (es, es-ES, es-419, ...), English for everything else (Estonian "et" or "est" too).
 */
export function shellLanguageForLocale(locale: string): ShellLanguage {
  return /^es([-_]|$)/i.test(locale.trim()) ? 'es' : 'en';
}
