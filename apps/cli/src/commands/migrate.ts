import { openCliDatabase } from '../cli-database';
import { EXIT } from '../usage-error';

export async function migrate(): Promise<number> {
  // Opening the database applies every pending migration and logs which ones.
  let applied = false;
  const database = await openCliDatabase((line) => {
    if (line.startsWith('Applied')) applied = true;
    console.log(line);
  });
  await database.close();
  if (!applied) console.log(`Schema is up to date (${database.resolved.description}).`);
  return EXIT.OK;
}
