import '../../lib/i18n/all';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LocaleRoot } from '../../components/LocaleRoot';
import { languageReady } from '../../lib/settings/language';
import '../../components/styles.css';
import './popup.css';

// The language is known before the first paint, so the popup never flashes English first.
void languageReady().then(() =>
    createRoot(document.getElementById('root')!).render(
      <LocaleRoot>
        <App />
      </LocaleRoot>,
    ),
  );
