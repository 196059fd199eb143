// The bootstrap: mounts providers and the router. Only the sign-in page ships with it; the rest is lazy.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
