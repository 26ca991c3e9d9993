// Renderer entry: pick the transport, connect the actions, load preferences, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { pickTransport } from './api/transport';
import { App } from './components/App';
import { connectActions, loadPreferences } from './state/actions';
import './styles.css';

connectActions(createApiClient(pickTransport()));
void loadPreferences();

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
