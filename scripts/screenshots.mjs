// Takes screenshots of the main screens of the production build (served by `npm run web`) for
// people to look at and for the README: node scripts/screenshots.mjs [outDir] [baseUrl]
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';

const outDir = process.argv[2] ?? 'out/screens';
const baseUrl = process.argv[3] ?? 'http://127.0.0.1:4173/';
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
const errors = [];
page.on('pageerror', (error) => errors.push(String(error)));
page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
await page.addInitScript(() => localStorage.getItem('dsrs.uiLanguage') || localStorage.setItem('dsrs.uiLanguage', 'en'));
const shot = async (name) => {
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${outDir}/${name}.png` });
  console.log(`wrote ${outDir}/${name}.png`);
};

await page.goto(baseUrl);
await page.getByRole('button', { name: 'Open example workshop' }).first().click();
await page.getByRole('navigation', { name: 'Workshop phases' }).waitFor();
await shot('workshop-example');
await page.getByRole('link', { name: 'Library' }).click();
for (const [client, title, who] of [['Moreno Hidráulica S.L.', 'Diagnóstico comercial 2027', 'Núria Puig'], ['Zeta Seals GmbH', 'Kick-off workshop', 'Tom Becker']]) {
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Client company').fill(client);
  await dialog.getByLabel('Workshop title').fill(title);
  await dialog.getByLabel('Facilitator').fill(who);
  if (client.startsWith('Zeta')) await shot('create-dialog');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).waitFor();
  await page.getByRole('link', { name: 'Library' }).click();
}
await shot('library');
await page.getByRole('button', { name: 'Delete: Kick-off workshop' }).click();
await shot('delete-confirm');
await page.getByRole('button', { name: 'Cancel' }).click();
await page.getByRole('button', { name: /Moreno Hidráulica S.L./ }).click();
await shot('workshop-new');
await page.getByRole('button', { name: 'Switch to dark theme' }).click();
await shot('workshop-dark');
await page.getByRole('button', { name: 'Switch to light theme' }).click();
await page.getByLabel('Interface language').selectOption('es');
await page.getByRole('link', { name: 'Biblioteca' }).click();
await shot('library-es');
await page.setViewportSize({ width: 1920, height: 1080 });
await page.getByRole('button', { name: /Sales strategy|Estrategia|Reset/ }).first().click().catch(() => {});
await shot('projector-1920');
await browser.close();
if (errors.length) {
  console.log('console errors:');
  for (const error of errors) console.log('  ' + error);
  process.exitCode = 1;
}
