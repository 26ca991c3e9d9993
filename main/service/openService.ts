// Opens the stores and wires the service and dispatch: the same for Electron and browser mode.
import { join } from 'node:path';
import { GraphStore } from '../store/graphStore';
import { useNativeBinding } from '../store/nativeBinding';
import { UserStore } from '../store/userStore';
import { createDispatch, type Dispatch } from './dispatch';
import { createGraphService } from './graphService';
import type { Handlers } from './handlers';

export interface ServiceOptions {
  readonly datasetPath: string;
  readonly userDataDir: string;
  /** Path of a better-sqlite3 binary built for this runtime's ABI (Electron in development). */
  readonly nativeBinding?: string | undefined;
  readonly onWarning?: (message: string) => void;
}

export interface OpenService {
  readonly handlers: Handlers;
  readonly dispatch: Dispatch;
  readonly userDbPath: string;
  close(): void;
}

export const USER_DB_FILE = 'ips-atlas-user.sqlite';

export function openService(options: ServiceOptions): OpenService {
  useNativeBinding(options.nativeBinding);
  const graph = new GraphStore(options.datasetPath);
  const userDbPath = join(options.userDataDir, USER_DB_FILE);
  const user = new UserStore(userDbPath, { onWarning: options.onWarning ?? ((m) => console.warn(m)) });
  const handlers = createGraphService(graph, user);
  return {
    handlers,
    dispatch: createDispatch(handlers),
    userDbPath,
    close: () => {
      graph.close();
      user.close();
    },
  };
}
