/**
 * The playground's starting texts: the opening of Chekhov's “Дама с собачкой” (1899, public
 * domain) and an English translation made for this demo, with bracketed insertions of each kind
 * so the marks have something to show. Said so on the page.
 */

export const SAMPLE_NOTE =
  'Sample: the opening of Chekhov’s “The Lady with the Dog” (1899) and a translation made for this demo, with bracketed insertions.';

export const SAMPLE_SOURCE = `Говорили, что на набережной появилось новое лицо: дама с собачкой. Дмитрий Дмитрич Гуров, проживший в Ялте уже две недели и привыкший тут, тоже стал интересоваться новыми лицами. Сидя в павильоне у Верне, он видел, как по набережной прошла молодая дама, невысокого роста блондинка, в берете; за нею бежал белый шпиц.

И потом он встречал ее в городском саду и на сквере по нескольку раз в день. Она гуляла одна, все в том же берете, с белым шпицем; никто не знал, кто она, и называли ее просто так: дама с собачкой.
`;

export const SAMPLE_TARGET = `People said that a new face had appeared on the embankment: a lady with a little dog. Dmitry Dmitrich Gurov, who had spent two weeks in Yalta already and had grown used to [life] there, had also begun to take an interest in new faces. Sitting in the pavilion at Vernet's [café], he saw a young lady walk along the embankment, a short fair-haired woman in a beret; a white [shpits] Pomeranian ran after her.

And after that he met her in the town garden and on the square several times a day. She walked alone, always in the same beret, with the white Pomeranian; no one knew who she was, and people called her simply [dama s sobachkoi] the lady with the dog.
`;
