import { procedures } from '../local/demo-data.js';

/** A procedure of the demo data by its reference; a reference it lacks is the test's mistake. */
export function demoProcedure(reference: string) {
  const procedure = procedures.find((candidate) => candidate.reference === reference);
  if (!procedure)
    throw new Error(`The demo data has no procedure ${reference} (functions/local/demo-data.ts).`);
  return procedure;
}
