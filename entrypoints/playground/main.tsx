import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { PlaygroundApp } from '@/components/playground/PlaygroundApp';
import '@/components/ui/theme.css';

const root = document.getElementById('root');
if (root)
  ReactDOM.createRoot(root).render(
    <StrictMode>
      <PlaygroundApp />
    </StrictMode>,
  );
