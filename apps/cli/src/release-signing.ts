import { DataSource } from 'typeorm';
import { setUpReleaseSigning } from '@concord/releases';
import { loadConfig } from '@concord/shared/config';

/**
 * A baseline imported from the command line is signed like one imported by the API: the same configuration
 * (SIGNING_KEY in production; in development the key the API generated under CONCORD_DATA_DIR).
 */
export function signReleasesOn(db: DataSource): void {
  setUpReleaseSigning(db, loadConfig(process.env));
}
