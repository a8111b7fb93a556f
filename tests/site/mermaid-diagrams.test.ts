// The guides' Mermaid diagrams, drawn at build time (src/plugins/mermaid-svg.ts): each is in the
// built page as an SVG for each color mode, with its text alternative, and no page ships
// Mermaid's library any more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';
import { builtChunksWithMermaid, builtPage } from '../helpers/build.ts';

const guides = ['statuses', 'status-callbacks'];

/** Each diagram's source in a guide, with its accTitle and accDescr. */
function diagramsOf(guide: string) {
  const source = readFileSync(path(`docs/guides/messaging/${guide}.mdx`), 'utf8');
  return [...source.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(([, diagram]) => ({
    title: /^\s*accTitle\s*:\s*(.+)$/m.exec(diagram)?.[1].trim(),
    description: /^\s*accDescr\s*:\s*(.+)$/m.exec(diagram)?.[1].trim(),
  }));
}

test('no built script holds Mermaid', () => {
  assert.deepEqual(builtChunksWithMermaid(), []);
});

for (const guide of guides) {
  test(`/messaging/${guide}/ holds each diagram as an SVG for each color mode, with its text alternative`, () => {
    const $ = builtPage(`/messaging/${guide}/`);
    const diagrams = diagramsOf(guide);
    assert.ok(diagrams.length > 0, 'the guide has a diagram');
    const figures = $('main .mermaid-diagram').toArray();
    assert.equal(figures.length, diagrams.length);
    for (const [i, { title, description }] of diagrams.entries()) {
      assert.ok(title && description, `diagram ${i + 1}: an accTitle and an accDescr on a line each`);
      for (const mode of ['light', 'dark']) {
        const svgs = $(figures[i]).find(`[data-mermaid-mode="${mode}"] > svg`);
        assert.equal(svgs.length, 1, `diagram ${i + 1}, ${mode}`);
        const svg = svgs.first();
        const label = $(`[id="${svg.attr('aria-labelledby')}"]`, svg);
        assert.equal(label.prop('tagName')?.toLowerCase(), 'title', `diagram ${i + 1}, ${mode}: aria-labelledby names its <title>`);
        assert.equal(label.text(), title);
        assert.equal($(`[id="${svg.attr('aria-describedby')}"]`, svg).text(), description, `diagram ${i + 1}, ${mode}: its <desc>`);
      }
    }
    const ids = $('[id]').toArray().map((element) => $(element).attr('id'));
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), [], 'ids repeated in the page');
  });
}
