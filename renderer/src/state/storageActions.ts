// Reads the user database's state through the contract, for the storage notice.
import type { StorageStatus } from '../../../shared/contract';
import { client } from './actions';

export async function loadStorageStatus(): Promise<StorageStatus> {
  return (await client().call('app.status', {})).storage;
}
