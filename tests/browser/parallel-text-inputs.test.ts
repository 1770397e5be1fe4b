/** Every input form: light DOM, *-src URLs (with their error states), string and document properties; bad input. */
import { expect, fixture, html } from '@open-wc/testing';
import '@parallel-text/elements/define.js';
import { ParallelTextElement } from '@parallel-text/elements';
import { sampleSource, sampleTarget } from './support/sample.js';
import { litWarnings, must, nextEvent, root, rowsOf, targetParagraph, until, visibleText } from './support/viewer.js';

const TELEGRAM = '/tests/fixtures/telegram-1962-10-30.en.txt';

/** Bytes as a base64 data: URL, so a test can serve a file in any encoding with any declared charset. */
function dataUrl(bytes: readonly number[], type: string): string {
  return `data:${type};base64,${btoa(String.fromCharCode(...bytes))}`;
}

describe('<parallel-text> inputs', () => {
  describe('light DOM (progressive enhancement)', () => {
    it('reads the paragraphs of the two articles and leaves them untouched', async () => {
      const element = await fixture<ParallelTextElement>(html`<parallel-text>
        <article lang="ru"><p>Прошу   указаний.</p><p>А.ДОБРЫНИН</p></article>
        <article lang="en"><p>I request
          instructions.</p><p>A.DOBRYNIN</p></article>
      </parallel-text>`);
      const before = element.innerHTML;
      await until(() => rowsOf(element).length === 2);
      expect(visibleText(must(rowsOf(element)[0]))).to.equal('Прошу указаний. I request instructions.');
      expect(element.sourceDocument?.lang).to.equal('ru');
      expect(element.innerHTML).to.equal(before);
    });

    it('tells the two articles apart by language, not by order', async () => {
      const element = await fixture<ParallelTextElement>(html`<parallel-text>
        <article lang="en"><p>I request instructions.</p></article>
        <article lang="ru"><p>Прошу указаний.</p></article>
      </parallel-text>`);
      await until(() => rowsOf(element).length === 1);
      expect(visibleText(must(root(element).querySelector('.cell.source')))).to.equal('Прошу указаний.');
      expect(element.targetDocument?.paragraphs[0]?.text).to.equal('I request instructions.');
    });

    it('picks up articles added after the element upgraded (as frameworks do)', async () => {
      const element = await fixture<ParallelTextElement>(html`<parallel-text></parallel-text>`);
      const ready = nextEvent(element, 'parallel-text-ready');
      element.insertAdjacentHTML('beforeend', '<article lang="ru"><p>Один.</p></article><article lang="en"><p>One.</p></article>');
      await ready;
      expect(element.pairs).to.have.length(1);
    });
  });

  describe('source-src and target-src', () => {
    it('fetches both texts and aligns them', async () => {
      const element = document.createElement('parallel-text');
      const ready = nextEvent(element, 'parallel-text-ready');
      element.setAttribute('source-src', '/demo/src/documents/telegram/ru.txt');
      element.setAttribute('target-src', TELEGRAM);
      document.body.append(element);
      await element.updateComplete;
      expect(visibleText(must(root(element).querySelector('[part="status"]')))).to.equal('Loading the texts…');
      const event = await ready;
      expect(event.targetDocument.paragraphs).to.have.length(12);
      await element.updateComplete;
      expect(targetParagraph(element, 11).textContent).to.equal('30.X.62 A.DOBRYNIN');
      element.remove();
    });

    it('says which file could not be loaded, and why', async () => {
      const element = await fixture<ParallelTextElement>(html`<parallel-text source-src="/no/such/file.txt" target-src=${TELEGRAM}></parallel-text>`);
      await until(() => root(element).querySelector('[role="alert"]') !== null);
      const alert = visibleText(must(root(element).querySelector('[role="alert"]')));
      expect(alert).to.contain('original text');
      expect(alert).to.contain('/no/such/file.txt');
      expect(alert).to.contain('404');
    });

    it('decodes the charset the server declares', async () => {
      // "Прошу указаний." in windows-1251.
      const cp1251 = [0xcf, 0xf0, 0xee, 0xf8, 0xf3, 0x20, 0xf3, 0xea, 0xe0, 0xe7, 0xe0, 0xed, 0xe8, 0xe9, 0x2e];
      const element = document.createElement('parallel-text');
      const ready = nextEvent(element, 'parallel-text-ready');
      element.sourceSrc = dataUrl(cp1251, 'text/plain;charset=windows-1251');
      element.targetSrc = dataUrl([...new TextEncoder().encode('I request instructions.')], 'text/plain;charset=utf-8');
      document.body.append(element);
      const event = await ready;
      expect(event.sourceDocument.paragraphs[0]?.text).to.equal('Прошу указаний.');
      element.remove();
    });

    it('warns when a file is not valid in its encoding, and still shows it', async () => {
      const element = document.createElement('parallel-text');
      const ready = nextEvent(element, 'parallel-text-ready');
      element.sourceSrc = dataUrl([0xcf, 0xf0, 0xee, 0xf8, 0xf3], 'text/plain');
      element.targetSrc = dataUrl([...new TextEncoder().encode('Please.')], 'text/plain');
      document.body.append(element);
      await ready;
      await element.updateComplete;
      expect(visibleText(must(root(element).querySelector('[part="notices"]')))).to.contain('may be in another encoding');
      expect(rowsOf(element)).to.have.length(1);
      element.remove();
    });
  });

  describe('source and target properties', () => {
    it('parses strings with core and aligns them', async () => {
      const element = await fixture<ParallelTextElement>(html`<parallel-text
        .source=${'Сегодня Р.Кеннеди пригласил меня.\n\nПрошу указаний.\n\n30.X.62 А.ДОБРЫНИН'}
        .target=${'Today Robert Kennedy invited me.\n\nI request instructions.\n\n30.X.62 A.DOBRYNIN'}
      ></parallel-text>`);
      expect(element.pairs.map((pair) => [pair.source, pair.target])).to.deep.equal([
        [[0], [0]],
        [[1], [1]],
        [[2], [2]],
      ]);
      expect(targetParagraph(element, 2).textContent).to.equal('30.X.62 A.DOBRYNIN');
    });

    it('aligns with a glossary of the texts’ own terms, and again without it', async () => {
      // Invented words no dictionary or transliteration links to their glosses, in paragraphs otherwise
      // alike; the English leaves out the fourth. Only the glossary says which one is missing.
      const words = [['кварбла', 'lantern'], ['мурфель', 'anchor'], ['пламбус', 'saddle'], ['зиндрок', 'kettle'], ['флумпет', 'ribbon'], ['грызобль', 'basket'], ['трельпин', 'ladder'], ['шмокарь', 'whistle']] as const;
      const source = words.map(([ru]) => `Вот ${ru} у старой дороги, где весной бывает много воды и птиц, а летом тихо и пыльно.`).join('\n\n');
      const target = words
        .filter((_, k) => k !== 3)
        .map(([, en]) => `Here is the ${en} by the old road: much water and birds in spring, quiet and dust in summer.`)
        .join('\n\n');
      const element = await fixture<ParallelTextElement>(html`<parallel-text .source=${source} .target=${target}></parallel-text>`);
      const unpaired = () => element.pairs.filter((pair) => pair.target.length === 0).map((pair) => pair.source[0]);
      await until(() => element.pairs.length > 0);
      expect(unpaired()).to.not.deep.equal([3]);
      element.glossary = words.map(([ru, en]) => [ru, [en]]);
      await until(() => unpaired().length === 1 && unpaired()[0] === 3);
      element.glossary = [];
      await until(() => unpaired()[0] !== 3);
    });

    it('takes parsed documents as they are', async () => {
      const element = await fixture<ParallelTextElement>(html`<parallel-text .source=${sampleSource} .target=${sampleTarget}></parallel-text>`);
      expect(element.sourceDocument).to.equal(sampleSource);
      expect(element.pairs.flatMap((pair) => pair.target)).to.deep.equal([0, 1, 2, 3, 4]);
    });

    it('wins over source-src, which wins over light DOM', async () => {
      const element = await fixture<ParallelTextElement>(html`<parallel-text source-src="/no/such/file.txt" target-src="/no/such/file.txt"
        ><article lang="ru"><p>Из разметки.</p></article><article lang="en"><p>From markup.</p></article></parallel-text
      >`);
      element.source = 'Из свойства.';
      element.target = 'From the property.';
      await element.updateComplete;
      expect(visibleText(must(rowsOf(element)[0]))).to.equal('Из свойства. From the property.');
    });
  });

  describe('bad input', () => {
    it('shows hostile markup as the characters it is', async () => {
      const hostile = '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> javascript:alert(1) [<b>bold</b>]';
      const element = await fixture<ParallelTextElement>(html`<parallel-text
        .source=${hostile}
        .target=${hostile}
        .annotations=${[{ id: 'a', side: 'target', paragraph: 0, start: 0, end: 8, title: '<img src=x onerror=alert(1)>', body: '<script>x</script>' }]}
      ></parallel-text>`);
      const shadow = root(element);
      expect(shadow.querySelectorAll('script, img, b')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(targetParagraph(element, 0).textContent).to.equal(hostile);
      must(shadow.querySelector<HTMLElement>('[part="annotation"]')).click();
      const popover = must(shadow.getElementById('explain'));
      await until(() => popover.matches(':popover-open'));
      expect(popover.querySelectorAll('script, img')).to.have.length(0);
      expect(visibleText(popover)).to.contain('<script>x</script>');
    });

    it('reports unbalanced brackets without losing text', async () => {
      const element = await fixture<ParallelTextElement>(html`<parallel-text
        .source=${'Раз. Два.'}
        .target=${'One [two. Three] four] five.'}
      ></parallel-text>`);
      expect(targetParagraph(element, 0).textContent).to.equal('One [two. Three] four] five.');
      expect(visibleText(must(root(element).querySelector('[part="notices"]')))).to.match(/Translation, line 1/);
    });

    it('survives empty texts and a huge paragraph', async () => {
      const empty = await fixture<ParallelTextElement>(html`<parallel-text .source=${''} .target=${''}></parallel-text>`);
      expect(visibleText(must(root(empty).querySelector('[part="status"]')))).to.contain('empty');
      // 240,000 characters: long enough that the viewer parses and aligns it in its worker.
      const huge = 'слово '.repeat(40000).trim();
      const element = document.createElement('parallel-text');
      const ready = nextEvent(element, 'parallel-text-ready');
      element.source = huge;
      element.target = 'One word.';
      document.body.append(element);
      await ready;
      await element.updateComplete;
      expect(must(root(element).getElementById('s0')).textContent).to.equal(huge);
      element.remove();
    });
  });

  it('issued no Lit dev-mode warnings', () => {
    expect(litWarnings()).to.deep.equal([]);
  });
});
