/**
 * The built demo's other pages, end to end in Chromium: the UDHR pair (official texts, the 9:10
 * preamble) and the playground (own texts, alignment correction, embed snippet, JSON export),
 * with axe and no console error or warning.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runAxe, startDemo, waitForRows, type DemoSession } from '../support/demo-e2e-helpers.js';

let demo: DemoSession;

before(async () => {
  demo = await startDemo();
});

after(async () => {
  await demo.close();
});

interface Paired {
  readonly source: string[];
  readonly target: string[];
}

test('the UDHR shows the official texts, headed as such, with a nine-to-ten preamble', async () => {
  const page = await demo.open('#/udhr');
  await waitForRows(page);
  const labels = await page.locator('parallel-text [part~="provenance"]').allInnerTexts();
  assert.deepEqual(labels.map((label) => label.trim()), ['Official UN text', 'Official UN text']);
  // Paragraphs up to the first article: the preamble, heading included.
  const preamble = await page.evaluate<[number, number]>(`(() => {
    const viewer = document.querySelector('parallel-text');
    const until = (doc, heading) => doc.paragraphs.findIndex((p) => p.text === heading);
    return [until(viewer.sourceDocument, 'Статья 1'), until(viewer.targetDocument, 'Article 1')];
  })()`);
  assert.deepEqual(preamble, [10, 11]);
  const pairs = await page.evaluate<Paired[]>(`(() => {
    const viewer = document.querySelector('parallel-text');
    return viewer.pairs.map((pair) => ({
      source: pair.source.map((i) => viewer.sourceDocument.paragraphs[i].text),
      target: pair.target.map((i) => viewer.targetDocument.paragraphs[i].text),
    }));
  })()`);
  const assembly = pairs.find((pair) => pair.source.includes('Генеральная Ассамблея,'));
  assert.ok(assembly?.target.includes('The General Assembly'), JSON.stringify(assembly));
  const article1 = pairs.find((pair) => pair.source.includes('Статья 1'));
  assert.deepEqual(article1?.target, ['Article 1']);
  assert.equal(await page.locator('demo-notes-panel .note-card').count(), 2);
  assert.equal(await page.locator('parallel-text-insertions').count(), 0, 'an index of no insertions is shown');
  assert.deepEqual(await runAxe(page), []);
  await page.close();
});

test('the playground aligns pasted texts, keeps hostile text as text, and exports what it shows', async () => {
  const page = await demo.open('#/playground');
  await waitForRows(page, '#playground-viewer');
  const original = page.getByRole('textbox', { name: 'Original' });
  const translation = page.getByRole('textbox', { name: 'Translation' });
  await original.fill('Первый абзац <script>alert(1)</script>.\n\nВторой абзац.\n\nТретий абзац.');
  await translation.fill('The first paragraph <img src=x onerror=alert(1)>.\n\nThe second [paragraph].\n\nThe third paragraph.');
  await page.waitForFunction(`document.querySelector('#playground-viewer').targetDocument?.paragraphs.length === 3 && document.querySelector('#playground-viewer').sourceDocument?.paragraphs[0].text.includes('<script>')`);
  const shown = await page.locator('#playground-viewer [part~="target"]').first().innerText();
  assert.match(shown, /<img src=x onerror=alert\(1\)>/u);
  assert.equal(await page.locator('#playground-viewer img').count(), 0);

  // Correct the aligner: merge the first two pairs; the snippet must then pin the corrected pairs.
  await page.locator('#playground-viewer').getByRole('button', { name: 'Merge this pair with the next' }).first().click();
  await page.getByText('Alignment corrected.').waitFor();
  await page.getByRole('radio', { name: 'Stacked' }).check();
  await page.getByRole('button', { name: 'Copy embed snippet' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed snippet' }).inputValue();
  assert.match(snippet, /^<parallel-text source-lang="ru" target-lang="en" layout="stacked">/u);
  assert.match(snippet, /<p>Первый абзац &#60;script&#62;alert\(1\)&#60;\/script&#62;\.<\/p>/u);
  assert.doesNotMatch(snippet, /<script>alert/u);
  assert.match(snippet, /<script type="module">\n {2}import 'https:\/\/esm\.sh\/@parallel-text\/elements\/define\.js';/u);
  assert.match(snippet, /\.alignment = \[\{"source":\[0,1\],"target":\[0,1\],"score":[\d.]+,"pinned":true\},\{"source":\[2\],"target":\[2\]/u);

  const downloaded = async (button: string): Promise<string> => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    return readFile(await (await download).path(), 'utf8');
  };
  const exported = JSON.parse(await downloaded('Download JSON')) as {
    format: string;
    source: { text: string; paragraphs: { text: string }[] };
    pairs: { source: number[]; target: number[] }[];
  };
  assert.equal(exported.format, 'parallel-text');
  assert.equal(exported.source.text, 'Первый абзац <script>alert(1)</script>.\n\nВторой абзац.\n\nТретий абзац.');
  assert.equal(exported.source.paragraphs[0]?.text, 'Первый абзац <script>alert(1)</script>.');
  assert.deepEqual(exported.pairs.map((pair) => [pair.source, pair.target]), [[[0, 1], [0, 1]], [[2], [2]]]);
  const tei = await downloaded('TEI XML');
  assert.match(tei, /<TEI[ >]/u);
  assert.match(tei, /Первый абзац &lt;script&gt;/u);
  const staticPage = await downloaded('Static HTML');
  assert.doesNotMatch(staticPage, /<script>alert/u);
  assert.deepEqual(await runAxe(page), []);
  await page.close();
});

test('an unknown page falls back to the first document, and Back returns to the page before', async () => {
  const page = await demo.open('#/nowhere');
  await waitForRows(page);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Dobrynin to the USSR Foreign Ministry');
  await page.getByRole('link', { name: 'Playground' }).click();
  await page.getByRole('heading', { level: 1, name: 'Playground' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Dobrynin to the USSR Foreign Ministry' }).waitFor();
  await page.close();
});

test('no console error or warning was logged', () => {
  assert.deepEqual(demo.problems, []);
});
