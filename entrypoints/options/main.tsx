import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/ui/theme.css';
import '@/components/options/options.css';

const root = document.getElementById('root');
if (root)
  ReactDOM.createRoot(root).render(
    <StrictMode>
      <OptionsApp />
    </StrictMode>,
  );
