import type { Page } from 'playwright-core';

/** What the citizen chooses on the phone while linking it (DESIGN.md Flow 1, step 4). */
export interface LinkChoices {
  password: string;
  deviceName: string;
}

/**
 * 'Link a device' from the phone's home screen, the camera explained, permission (granted by the fake
 * device): the phone then scans the QR its fake camera shows.
 */
export async function scanLinkQrFromHome(phone: Page, origin: string) {
  await phone.goto(`${origin}/app`);
  await phone.getByRole('link', { name: 'Link a device' }).click();
  await phone.getByRole('heading', { name: 'Link a device' }).waitFor();
  await phone.getByRole('button', { name: 'Continue' }).click();
  await phone.getByRole('heading', { name: 'Use your camera' }).waitFor();
  await phone.getByRole('button', { name: 'Continue' }).click();
}

/** A new link QR of the signed-in computer: the address its picture holds, as a camera app opens it. */
export async function linkQrUrl(computer: Page): Promise<string> {
  const { url } = await computer.evaluate(async () =>
    (
      await fetch('/api/link-codes', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json(),
  );
  return url;
}

/**
 * From 'Link this phone to this account?' (the code scanned, typed or opened): 'Continue', the app
 * password twice and the device's name, then 'Link this device'. What comes next is the caller's to
 * wait for: face or fingerprint, or the computer's approval of a typed code.
 */
export async function chooseAppPassword(phone: Page, { password, deviceName }: LinkChoices) {
  await phone.getByRole('heading', { name: 'Link this phone to this account?' }).waitFor();
  await phone.getByRole('button', { name: 'Continue' }).click();
  await phone.getByRole('heading', { name: 'Choose your app password' }).waitFor();
  await phone.getByLabel('App password', { exact: true }).fill(password);
  await phone.getByLabel('Repeat the app password').fill(password);
  await phone.getByLabel('Name of this device').fill(deviceName);
  await phone.getByRole('button', { name: 'Link this device' }).click();
}

/**
 * Links the phone to the computer's account the quick way: a new link QR opened by the phone as its
 * camera app would, the app password and name, 'Not now' to face or fingerprint, and the phone's home
 * greeting the holder.
 */
export async function linkPhone(computer: Page, phone: Page, choices: LinkChoices & { holder: string }) {
  await phone.goto(await linkQrUrl(computer));
  await chooseAppPassword(phone, choices);
  await phone.getByRole('button', { name: 'Not now' }).click();
  await phone.getByRole('heading', { name: `Hello, ${choices.holder}` }).waitFor();
}
