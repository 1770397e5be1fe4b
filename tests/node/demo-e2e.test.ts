/**
 * The built demo, end to end in Chromium, on the telegram: served under a sub-path, it shows the
 * reconstruction for what it is, switches layouts and insertion modes, follows deep links, places
 * the teaching notes, conceals and reveals, runs the exercise, takes a visitor's own Russian text,
 * passes axe, and logs no console error or warning.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { runAxe, startDemo, waitForRows, type DemoSession } from '../support/demo-e2e-helpers.js';

let demo: DemoSession;
let page: Page;

before(async () => {
  demo = await startDemo();
  page = await demo.open('#/telegram');
  await waitForRows(page);
});

after(async () => {
  await demo.close();
});

const viewer = 'parallel-text#viewer';
const targetText = (p: Page) => p.locator(`${viewer} [part~="target"]`).allInnerTexts().then((texts) => texts.join('\n'));

test('the telegram loads from a sub-path with the Russian labelled as a reconstruction, in the column header and above the text', async () => {
  assert.match(demo.server.url, /\/sub\/path\/$/u);
  const header = page.locator(`${viewer} [part~="header-source"] [part~="provenance"]`);
  assert.equal((await header.innerText()).trim(), 'Reconstruction — not the archival text');
  assert.ok(await header.isVisible());
  const notice = page.locator('.provenance-notice.is-reconstruction');
  assert.ok(await notice.isVisible());
  assert.match(await notice.innerText(), /^Reconstruction — not the archival text\. The Russian shown is a back-translation written for this demo, not Dobrynin’s words\./u);
  await notice.getByText('About this reconstruction').click();
  assert.match(await notice.innerText(), /The archival Russian text \(AVP RF\) is not available to this project/u);
  assert.equal(await page.locator(`${viewer} [part~="source"]`).first().getAttribute('lang'), 'ru');
  assert.equal(await page.locator(`${viewer} [part~="target"]`).first().getAttribute('lang'), 'en');
});

test('every English paragraph is shown exactly as published, and the page-break halves sit in one row beside one Russian paragraph', async () => {
  const text = await targetText(page);
  for (const phrase of ['understanding [dogovorion-nost]', 'this letter [back]', 'doing business [in the future]', 'the lessing of international tension', 'we will meeting', 'I request instructions.']) {
    assert.ok(text.includes(phrase), `missing: ${phrase}`);
  }
  const pairs = await page.evaluate<[number[], number[]][]>(`document.querySelector('${viewer}').pairs.map((pair) => [pair.source, pair.target])`);
  assert.deepEqual(
    pairs.find(([, target]) => target.includes(7)),
    [[6], [6, 7]],
  );
  assert.equal(pairs.length, 11);
  const index = page.locator('parallel-text-insertions[for="viewer"]');
  await index.getByText(/^5 insertions: 1 transliteration, 2 supplied, 2 gloss/u).waitFor();
});

test('layout and insertion mode switch from the toolbar and are kept in the URL', async () => {
  await page.getByRole('radio', { name: 'Stacked' }).check();
  await page.waitForFunction(`document.querySelector('${viewer}').getAttribute('layout') === 'stacked'`);
  assert.match(page.url(), /layout=stacked/u);

  await page.getByRole('radio', { name: 'Hidden' }).check();
  await page.waitForFunction(`document.querySelector('${viewer}').getAttribute('insertions') === 'hidden'`);
  const hidden = await targetText(page);
  assert.ok(!hidden.includes('[back]') && !hidden.includes('[dogovorion-nost]'), 'hidden mode still shows insertions');
  assert.ok(hidden.includes('take this letter, since'), 'hidden mode must tidy the space an insertion leaves');

  await page.getByRole('radio', { name: 'As printed' }).check();
  await page.waitForFunction(`document.querySelector('${viewer}').getAttribute('insertions') === 'plain'`);
  assert.ok((await targetText(page)).includes('[Secretary of State Dean] Rusk'));
  assert.equal(await page.locator(`${viewer} [part~="insertion-gloss"]`).count(), 0);

  await page.getByRole('radio', { name: 'Marked' }).check();
  await page.getByRole('radio', { name: 'Columns' }).check();
  await page.waitForFunction(`document.querySelector('${viewer}').getAttribute('layout') === 'columns'`);
  assert.ok((await page.locator(`${viewer} [part~="insertion-gloss"]`).count()) >= 2);
  assert.doesNotMatch(page.url(), /layout=|insertions=/u);
});

test('a deep link opens the view it names and highlights the insertion', async () => {
  const linked = await demo.open('#/telegram/p5-i0?layout=stacked&conceal=insertions');
  await waitForRows(linked);
  assert.equal(await linked.locator(viewer).getAttribute('layout'), 'stacked');
  assert.equal(await linked.getByRole('radio', { name: 'Insertions' }).isChecked(), true);
  assert.equal(await linked.locator(viewer).getAttribute('conceal'), 'insertions');
  await linked.goto(`${demo.server.url}#/telegram/p5-i0?layout=stacked`);
  await linked.waitForFunction(`document.querySelector('${viewer}').shadowRoot?.querySelector('#p5-i0')?.classList.contains('is-highlighted') === true`);
  assert.equal(await linked.locator(`${viewer} #p5-i0`).innerText(), '[back]');
  const inView = await linked.evaluate<boolean>(`(() => {
    const box = document.querySelector('${viewer}').shadowRoot.querySelector('#p5-i0').getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  })()`);
  assert.equal(inView, true);
  await linked.close();
});

test('the teaching notes are placed in the text and listed beside it, with questions asked as questions', async () => {
  const cards = page.locator('demo-notes-panel .note-card');
  assert.ok((await cards.count()) >= 14, `only ${String(await cards.count())} notes placed`);
  assert.equal(await page.locator('demo-notes-panel details').count(), 0, 'some notes could not be placed');
  assert.ok((await page.locator(`${viewer} [part~="annotation"]`).count()) >= 14);
  const understanding = page.locator('demo-notes-panel [data-annotation="understanding"]');
  assert.match(await understanding.innerText(), /Why ‘understanding’\?/u);
  assert.match(await understanding.locator('.is-question').innerText(), /^Question: .*\?$/u);

  await page.locator('demo-notes-panel [data-annotation="back"]').getByRole('button').click();
  await page.waitForFunction(`location.hash.startsWith('#/telegram/p5')`);
});

test('reveal mode hides each translation until the reader asks for it', async () => {
  await page.getByRole('radio', { name: 'Translation' }).check();
  await page.waitForFunction(`document.querySelector('${viewer}').getAttribute('conceal') === 'translation'`);
  const concealed = page.locator(`${viewer} [part~="concealed"]`);
  assert.equal(await concealed.count(), 11);
  assert.ok(!(await targetText(page)).includes('Robert Kennedy invited me'));
  await page.locator(`${viewer} [part~="reveal-button"]`).first().click();
  await page.waitForFunction(`document.querySelector('${viewer}').shadowRoot.querySelectorAll('[part~="concealed"]').length === 10`);
  assert.ok((await targetText(page)).includes('Robert Kennedy invited me'));
  await page.getByRole('radio', { name: 'Nothing' }).check();
});

test('the exercise compares a student translation with the published one, word by word', async () => {
  await page.getByRole('combobox', { name: 'Paragraph' }).selectOption({ index: 9 });
  assert.match(await page.locator('.exercise-original blockquote').innerText(), /^Прошу указаний\.$/u);
  assert.match(await page.locator('.exercise-original figcaption').innerText(), /Reconstruction — not the archival text/u);
  await page.getByRole('textbox', { name: 'Your translation' }).fill('I ask for instructions.');
  await page.getByRole('button', { name: 'Compare with the published translation' }).click();
  const diff = page.locator('demo-exercise parallel-text-diff');
  await diff.locator('[part~="insert"]').first().waitFor();
  const deleted = (await diff.locator('[part~="delete"]').allInnerTexts()).join(' ');
  const inserted = (await diff.locator('[part~="insert"]').allInnerTexts()).join(' ');
  assert.match(deleted, /request/u);
  assert.match(inserted, /ask for/u);
  assert.doesNotMatch(deleted + inserted, /instructions/u, 'a shared word was marked as changed');

  // Against the translation minus its insertions, the bracketed [back] is not counted against the student.
  await page.getByRole('combobox', { name: 'Paragraph' }).selectOption({ index: 5 });
  await page.getByRole('textbox', { name: 'Your translation' }).fill(await page.evaluate<string>(`document.querySelector('${viewer}').targetDocument.paragraphs[5].text.replace(' [back]', '')`));
  await page.getByRole('checkbox', { name: /minus its bracketed insertions/u }).check();
  await page.getByRole('button', { name: 'Compare with the published translation' }).click();
  await diff.locator('[part~="row"]', { hasText: 'categorical refusal' }).first().waitFor();
  const changes = await diff.locator('[part~="insert"], [part~="delete"]').allInnerTexts();
  assert.ok(!changes.some((text) => text.includes('back')), `changes: ${JSON.stringify(changes)}`);
});

test('a visitor can put their own Russian text in place of the reconstruction', async () => {
  await page.getByRole('button', { name: /Use your own Russian text/u }).click();
  const dialog = page.getByRole('dialog', { name: 'Your own Russian text' });
  await dialog.getByRole('textbox', { name: 'Russian text' }).fill('Сегодня Р.Кеннеди пригласил меня к себе.\n\nПрошу указаний.');
  await dialog.getByRole('button', { name: 'Show this text' }).click();
  await page.waitForFunction(`document.querySelector('${viewer}').sourceDocument?.paragraphs.length === 2`);
  assert.equal((await page.locator(`${viewer} [part~="header-source"] [part~="provenance"]`).innerText()).trim(), 'Your text');
  assert.equal(await page.locator('.provenance-notice.is-reconstruction').count(), 0);
  assert.match(await page.locator('demo-notes-panel').innerText(), /about the reconstruction are left out/u);
  await page.getByRole('button', { name: 'Restore the demo’s text' }).click();
  await page.locator('.provenance-notice.is-reconstruction').waitFor();
});

test('the telegram page passes axe (WCAG 2.1 A/AA) in light and dark, at desktop and phone width', async () => {
  assert.deepEqual(await runAxe(page), []);
  const phone = await demo.open('#/telegram?conceal=insertions', { width: 360, height: 780, scheme: 'dark' });
  await waitForRows(phone);
  assert.deepEqual(await runAxe(phone), []);
  const overflow = await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  assert.equal(overflow, 0, 'the page scrolls sideways at 360 px');
  await phone.close();
});

test('no console error or warning was logged', () => {
  assert.deepEqual(demo.problems, []);
});
