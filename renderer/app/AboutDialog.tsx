import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { getPlatform } from '../platform';

export function AboutDialog() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [version, setVersion] = useState('');

  useEffect(() => {
    const onAbout = () => setOpen(true);
    window.addEventListener('dsrs:about', onAbout);
    return () => window.removeEventListener('dsrs:about', onAbout);
  }, []);

  useEffect(() => {
    if (!open) return;
    getPlatform().appInfo().then((info) => setVersion(info.version), () => setVersion(''));
  }, [open]);

  return (
    <Dialog open={open} title={t('about.title')} onClose={() => setOpen(false)} size="sm">
      <div className="stack">
        <p><strong>{t('app.name')}</strong> {version}</p>
        <p>{t('about.body')}</p>
        <p className="muted">{t('about.privacy')}</p>
      </div>
    </Dialog>
  );
}
