import { useTranslation } from 'react-i18next';
import { Moon, Sun } from 'lucide-react';
import { setUiLanguage, UI_LANGUAGES, type UiLanguage } from './i18n';
import { setTheme, useTheme } from './theme';
import { navigate } from './router';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  return (
    <header className="app-header">
      <a
        href="#/"
        className="brand"
        onClick={(event) => {
          event.preventDefault();
          navigate({ name: 'library' });
        }}
      >
        <img src="./favicon.svg" alt="" width={28} height={28} />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </a>
      <span className="spacer" />
      <label className="row inline-field">
        <span className="visually-hidden">{t('app.uiLanguage')}</span>
        <select
          className="select select-compact"
          value={i18n.language}
          onChange={(event) => setUiLanguage(event.target.value as UiLanguage)}
          aria-label={t('app.uiLanguage')}
        >
          {UI_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        aria-label={t(theme === 'dark' ? 'app.themeLight' : 'app.themeDark')}
        title={t(theme === 'dark' ? 'app.themeLight' : 'app.themeDark')}
      >
        {theme === 'dark' ? <Sun size={18} aria-hidden="true" /> : <Moon size={18} aria-hidden="true" />}
      </button>
    </header>
  );
}
