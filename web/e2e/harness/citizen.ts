import type { Page } from 'playwright-core';

/** Signs in through the portal's 'LuxTrust' (or 'eID') button and the dev provider's citizen list. */
export async function signIn(
  page: Page,
  origin: string,
  citizenName = 'Marie Schmit',
  method: 'LuxTrust' | 'eID' = 'LuxTrust',
) {
  await page.goto(origin);
  await page.getByRole('link', { name: method, exact: false }).first().click();
  await page.getByRole('button', { name: `Sign in as ${citizenName}` }).click();
  await page.waitForURL(`${origin}/procedures`);
}
