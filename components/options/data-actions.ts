/** The options page's data actions, backed by lib/storage/data-transfer (all-or-nothing import). */
import {
  deleteAllData,
  exportData,
  importData,
  ImportError,
} from '../../lib/storage/data-transfer';
import type { DataActions } from './DataSection';

export const dataActions: DataActions = {
  exportData: () => exportData(),
  async importData(value) {
    try {
      await importData(value);
      return true;
    } catch (error) {
      if (error instanceof ImportError)
        return error.newerVersion !== null ? { newerVersion: error.newerVersion } : false;
      throw error;
    }
  },
  deleteAll: () => deleteAllData(),
};
