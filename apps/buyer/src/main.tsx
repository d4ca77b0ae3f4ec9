import '@marketplace/ui/styles.css';
import '@marketplace/ui/pages.css';
import './landing/landing.css';
import './buying/buying.css';
import { MarketplaceProvider, Portal } from '@marketplace/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MarketplaceProvider>
      <Portal name="buyer">
        <App />
      </Portal>
    </MarketplaceProvider>
  </StrictMode>,
);
