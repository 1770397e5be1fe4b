/** Demo entry: registers the elements and gives the viewer its texts. */
import '@parallel-text/elements/define.js';

const viewer = document.querySelector('parallel-text');
if (viewer) {
  viewer.source = 'Прошу указаний.';
  viewer.target = 'I request instructions.';
}
