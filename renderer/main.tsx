import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app.css';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { applyInitialTheme } from './app/theme';
import { installTestHooks } from './app/testHooks';
import { requestPersistentStorage } from './data';

applyInitialTheme();
installTestHooks();
// Ask the browser not to evict the workshops under storage pressure; a refusal (headless, some
// browsers) is fine, the data is still stored.
void requestPersistentStorage();

async function start(): Promise<void> {
  const i18n = await initI18n();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
