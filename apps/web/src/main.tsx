import '@outloud/web-ui';
import './styles/app.css';
import { initI18n } from '@outloud/web-i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, storedTheme } from './modules/settings/utils/theme';

// Before the first render: the catalogues are bundled, so this is synchronous.
initI18n();
applyTheme(storedTheme());

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
