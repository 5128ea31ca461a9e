import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { WorkshopShell } from '../features/workshop/WorkshopShell';
import { BackupRejectionDialog } from '../features/backup/BackupRejectionDialog';
import { Toaster } from '../components/Toaster';
import { WriteErrorBanner } from '../components/WriteErrorBanner';
import { AboutDialog } from './AboutDialog';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { useRoute } from './router';
import { useAppCommands } from './useAppCommands';
import { useMenuLanguage } from './useMenuLanguage';
import { useAutoBackups } from '../features/backup/autoBackups';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  useAppCommands();
  useMenuLanguage();
  useAutoBackups();
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <WriteErrorBanner />
      <ErrorBoundary key={route.name === 'workshop' ? route.workshopId : 'library'}>
        {route.name === 'workshop' ? (
          <WorkshopShell workshopId={route.workshopId} phase={route.phase} />
        ) : (
          <main id="main" className="page-pad" tabIndex={-1}>
            <LibraryScreen />
          </main>
        )}
      </ErrorBoundary>
      <Toaster />
      <BackupRejectionDialog />
      <AboutDialog />
    </div>
  );
}
