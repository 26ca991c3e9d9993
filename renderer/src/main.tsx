// Renderer entry: pick the transport, connect the actions, start the explorer (preferences, last view), render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { pickTransport } from './api/transport';
import { App } from './components/App';
import { connectActions } from './state/actions';
import { startExplorer } from './state/startup';
import './styles.css';

connectActions(createApiClient(pickTransport()));
void startExplorer();

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
