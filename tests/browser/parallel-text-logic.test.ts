/**
 * Table-driven tests of the viewer's pure modules (no element): fragment ids, keys, paragraph
 * pieces and rows. They import the built internal modules directly. (Hidden-mode spacing is
 * core's hiddenInsertionRanges, tested in tests/node/insertions-hidden.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { parseFragment } from '../../packages/elements/dist/parallel-text/fragments.js';
import { keyAction } from '../../packages/elements/dist/parallel-text/keyboard.js';
import { paragraphPieces } from '../../packages/elements/dist/parallel-text/pieces.js';
import { buildRows } from '../../packages/elements/dist/parallel-text/rows.js';
import { splitCuts } from '../../packages/elements/dist/parallel-text/edit-controls.js';
import { ins, makeDocument, ref } from './support/documents.js';
import { must } from './support/viewer.js';

describe('viewer logic', () => {
  describe('fragment ids', () => {
    const cases: readonly (readonly [string, unknown])[] = [
      ['#p12', { kind: 'target', paragraph: 12 }],
      ['p0', { kind: 'target', paragraph: 0 }],
      ['#p12-i2', { kind: 'insertion', paragraph: 12, insertion: 2 }],
      ['#s3', { kind: 'source', paragraph: 3 }],
      ['#note-1', { kind: 'note', label: '1' }],
      ['#s-note-a', { kind: 'source-note', label: 'a' }],
      ['#/telegram', undefined],
      ['#p-1', undefined],
      ['#p1x', undefined],
      ['#%E0%A4%A', undefined],
      ['', undefined],
    ];
    for (const [input, expected] of cases) {
      it(JSON.stringify(input), () => {
        expect(parseFragment(input)).to.deep.equal(expected);
      });
    }
  });

  describe('keys', () => {
    const base = { row: 3, rowCount: 10, onRow: true, hasModifier: false };
    const cases: readonly (readonly [string, Partial<typeof base>, unknown])[] = [
      ['ArrowDown', {}, { kind: 'move', to: 4 }],
      ['ArrowUp', {}, { kind: 'move', to: 2 }],
      ['j', {}, { kind: 'move', to: 4 }],
      ['k', {}, { kind: 'move', to: 2 }],
      ['j', { onRow: false }, undefined],
      ['PageDown', {}, { kind: 'move', to: 8 }],
      ['PageDown', { row: 8 }, { kind: 'move', to: 9 }],
      ['PageUp', { row: 1 }, { kind: 'move', to: 0 }],
      ['Home', {}, { kind: 'move', to: 0 }],
      ['End', {}, { kind: 'move', to: 9 }],
      ['Home', { onRow: false }, undefined],
      ['Enter', {}, { kind: 'select' }],
      [' ', { onRow: false }, undefined],
      ['ArrowDown', { hasModifier: true }, undefined],
      ['ArrowDown', { row: -1 }, undefined],
      ['Escape', { row: -1 }, { kind: 'close' }],
      ['x', {}, undefined],
    ];
    for (const [key, change, expected] of cases) {
      it(`${JSON.stringify(key)} ${JSON.stringify(change)}`, () => {
        expect(keyAction({ ...base, ...change, key })).to.deep.equal(expected);
      });
    }
  });

  describe('paragraph pieces', () => {
    const document = makeDocument({
      lang: 'en',
      paragraphs: [['He took ', ins('[back]', 'supplied'), ' the letter.', ref('1')]],
      notes: [{ label: '1', text: 'n' }],
    });
    const paragraph = must(document.paragraphs[0]);

    it('keeps every character, in order, when nothing is dropped', () => {
      const pieces = paragraphPieces(paragraph, {
        insertionsAsMarks: true,
        annotations: [{ key: 'a', start: 3, end: 12 }],
        words: [],
        drop: [],
      });
      const text = pieces.map((piece) => (piece.type === 'text' ? piece.text : piece.span.text)).join('');
      expect(text).to.equal(paragraph.text);
      // 'He ' | 'took ' | '[back]' | ' the letter.' | '1': the annotation (3..12) ends inside the insertion.
      expect(pieces.map((piece) => piece.type)).to.deep.equal(['text', 'text', 'insertion', 'text', 'noteref']);
      expect(pieces.filter((piece) => piece.annotations.includes('a')).length).to.equal(2);
      expect(pieces.findIndex((piece) => piece.closes.includes('a'))).to.equal(2);
    });

    it('treats insertions as text when they are not marks', () => {
      const pieces = paragraphPieces(paragraph, { insertionsAsMarks: false, annotations: [], words: [], drop: [] });
      expect(pieces.map((piece) => piece.type)).to.deep.equal(['text', 'text', 'text', 'noteref']);
    });

    it('keeps an annotation button when its text is hidden', () => {
      const pieces = paragraphPieces(paragraph, {
        insertionsAsMarks: true,
        annotations: [{ key: 'b', start: 8, end: 14 }],
        words: [],
        drop: [{ start: 8, end: 15 }],
      });
      expect(pieces.map((piece) => (piece.type === 'text' ? piece.text : piece.span.text)).join('')).to.equal('He took the letter.1');
      expect(pieces.findIndex((piece) => piece.closes.includes('b'))).to.equal(0);
    });
  });

  describe('rows', () => {
    it('maps every paragraph to its row and keeps doubts only on unedited pairs', () => {
      const table = buildRows(
        [
          { source: [0], target: [0, 1], score: 0.9 },
          { source: [1], target: [], score: 0.2 },
          { source: [2], target: [2], score: 1, pinned: true },
        ],
        [
          { pair: 1, source: [1], target: [], score: 0.2, reasons: ['no match'] },
          { pair: 2, source: [2], target: [2], score: 0.3, reasons: ['stale'] },
        ],
        3,
        3,
      );
      expect(table.rowOfTarget).to.deep.equal([0, 0, 2]);
      expect(table.rowOfSource).to.deep.equal([0, 1, 2]);
      expect(table.rows.map((row) => row.doubts)).to.deep.equal([[], ['no match'], []]);
    });

    it('splits a pair at the middle of each side, a 1:1 pair into 1:0 and 0:1', () => {
      expect(splitCuts({ source: [0, 1], target: [0], score: 1 })).to.deep.equal({ sourceCut: 1, targetCut: 1 });
      expect(splitCuts({ source: [0], target: [0, 1, 2], score: 1 })).to.deep.equal({ sourceCut: 1, targetCut: 2 });
      expect(splitCuts({ source: [0], target: [0], score: 1 })).to.deep.equal({ sourceCut: 1, targetCut: 0 });
    });
  });
});
