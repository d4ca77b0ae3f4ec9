import '@marketplace/ui/styles.css';
import '@marketplace/ui/pages.css';
import './sign-in/sign-in.css';
import './home/home.css';
import './selling/selling.css';
import { MarketplaceProvider, Portal, PortalRouter } from '@marketplace/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './routes.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MarketplaceProvider>
      <Portal name="seller">
        <PortalRouter router={router} />
      </Portal>
    </MarketplaceProvider>
  </StrictMode>,
);
