/**
 * A live class in Chromium: the teacher's projector page and three students' phones on the
 * classroom server (serving the built dist/), voting through two forks, one phone reloading
 * mid-vote. The server runs in this process on a free loopback port.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startClassroom, type Classroom } from '../../server/app';
import { loadRoleBook, loadStory } from '../../server/story';
import { collectErrors, seriousViolations } from './helpers';

let server: Classroom;
let base: string;

test.beforeAll(async () => {
  server = await startClassroom({
    port: 0,
    host: '127.0.0.1',
    dist: 'dist',
    bundle: loadStory(),
    book: loadRoleBook(),
    db: join(mkdtempSync(join(tmpdir(), 'op-live-e2e-')), 'classroom.sqlite'),
  });
  base = `http://127.0.0.1:${server.port}`;
});
test.afterAll(async () => {
  await server?.close();
});

async function teacherPage(browser: Browser, bypassCSP = false): Promise<{ page: Page; code: string }> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 800 }, bypassCSP });
  const page = await ctx.newPage();
  await page.goto(`${base}/teach.html`);
  await page.getByLabel('Groups (1–8)').fill('3');
  await page.getByRole('button', { name: 'Start the live class' }).click();
  const code = (await page.getByTestId('join-code').textContent()) ?? '';
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(page.getByRole('img', { name: /QR code for http:.*live\.html\?code=/ })).toBeVisible();
  return { page, code };
}

async function studentPage(browser: Browser, code: string, name: string, group: string, bypassCSP = false): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP });
  const page = await ctx.newPage();
  await page.goto(`${base}/live.html?code=${code}`);
  await page.getByLabel('Your display name').fill(name);
  await page.getByRole('radio', { name: group }).check();
  await page.getByRole('button', { name: 'Join' }).press('Enter');
  await expect(page.locator('.live-phase')).toHaveText(/Read your role card/);
  return page;
}

/** Vote by keyboard: focus the option's radio, select it with Space, submit with Enter. */
async function vote(page: Page, option: string): Promise<void> {
  const radio = page.getByRole('radio', { name: option });
  await radio.focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: /Cast my vote|Change my vote/ }).press('Enter');
  await expect(page.locator('.live-mine')).toHaveText(`Your vote is in: ${option}. You can change it until the vote closes.`);
}

test('a teacher and three phones vote through two forks, one phone reloading mid-vote', async ({ browser }) => {
  test.setTimeout(180_000);
  const { page: teacher, code } = await teacherPage(browser);
  const teacherErrors = collectErrors(teacher);
  const names = ['Ana', 'Boris', '<b>Chen</b>'];
  const students = [
    await studentPage(browser, code, names[0]!, 'Group A'),
    await studentPage(browser, code, names[1]!, 'Group B'),
    await studentPage(browser, code, names[2]!, 'Group C'),
  ];
  const errors = students.map((p) => collectErrors(p));
  // Names are shown as typed, never as markup.
  await expect(teacher.locator('.live-people')).toContainText('<b>Chen</b> (Group C)');
  await expect(teacher.locator('.live-people b')).toHaveCount(0);
  // Each phone shows its own group's role card at the first fork.
  await expect(students[0]!.getByRole('heading', { name: /Your role|Who argues what/ })).toBeVisible();
  await expect(students[0]!.locator('.live-card').first()).toBeVisible();

  // Fork 1: two vote one way, one the other; Boris reloads after voting and finds his vote.
  await teacher.getByRole('button', { name: 'Open the vote' }).click();
  const soviet = 'Build the soviet from below and give the regiments their own committees';
  const bread = 'Put bread first: the soviet takes over the flour stores and rations the city';
  await vote(students[0]!, soviet);
  await vote(students[1]!, bread);
  await students[1]!.reload();
  await expect(students[1]!.locator('.live-mine')).toHaveText(`Your vote is in: ${bread}. You can change it until the vote closes.`);
  await expect(students[1]!.getByRole('radio', { name: bread })).toBeChecked();
  await vote(students[1]!, soviet); // changed his mind
  await vote(students[2]!, bread);
  await expect(teacher.locator('.live-groups')).toContainText('Group C: 1 of 1 voted');
  await expect(teacher.locator('.live-people .voted')).toHaveCount(3);
  await teacher.getByRole('button', { name: 'Close the vote' }).click();
  for (const s of students) await expect(s.locator('.live-verdict')).toHaveText(`The class chose: ${soviet}`);
  await expect(teacher.locator('.live-tally')).toContainText(`${soviet}: 2 votes (chosen)`);
  await teacher.getByRole('button', { name: 'Play the class’s choice' }).click();

  // Fork 2: the next fork reaches every phone with what the vote decided; Chen reloads before voting.
  for (const s of students) {
    await expect(s.getByRole('heading', { level: 1 })).toContainText('The Provisional Government');
    await expect(s.locator('.live-changes')).toContainText(`The class chose: ${soviet}`);
  }
  await teacher.getByRole('button', { name: 'Open the vote' }).click();
  await students[2]!.reload();
  await expect(students[2]!.locator('.live-mine')).toHaveText('You have not voted yet.');
  const options = await students[0]!.locator('.live-vote .live-radio').allInnerTexts();
  const first = options[0]!.split(' — ')[0]!.trim();
  for (const s of students) await vote(s, first);
  await expect(teacher.locator('.live-groups')).toContainText('Group A: 1 of 1 voted');
  await expect(teacher.locator('.live-people .voted')).toHaveCount(3);
  await teacher.getByRole('button', { name: 'Close the vote' }).click();
  for (const s of students) await expect(s.locator('.live-verdict')).toHaveText(`The class chose: ${first}`);
  await expect(teacher.locator('.live-tally')).toContainText(`${first}: 3 votes (chosen)`);

  // The teacher's page reloads into the same class.
  await teacher.reload();
  await expect(teacher.getByTestId('join-code')).toHaveText(code);
  await expect(teacher.locator('.live-phase')).toHaveText('The vote is closed.');
  expect([...errors.flat(), ...teacherErrors]).toEqual([]);
});

test.describe('accessibility', () => {
  test('the teacher page and a phone have no serious axe violations', async ({ browser }) => {
    test.setTimeout(120_000);
    const { page: teacher, code } = await teacherPage(browser, true);
    const phone = await studentPage(browser, code, 'Ana', 'Group A', true);
    await teacher.getByRole('button', { name: 'Open the vote' }).click();
    await expect(phone.getByRole('button', { name: 'Cast my vote' })).toBeVisible();
    expect(await seriousViolations(phone)).toEqual([]);
    expect(await seriousViolations(teacher)).toEqual([]);
  });
});
