import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';

const root = document.getElementById('root');
if (root)
  ReactDOM.createRoot(root).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  );
