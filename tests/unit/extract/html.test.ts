// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDeliverable, extractImages, extractPassages, findContentRoot } from '../../../lib/extract/html';
import { DeliverableSchema } from '../../../lib/schema/deliverable';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const source = { kind: 'page' as const, url: 'https://example.com/a', title: 'A' };

describe('extractPassages', () => {
  it.each([
    ['<h1>Title</h1><p>One two.</p>', [['heading', 'Title'], ['paragraph', 'One two.']]],
    ['<ul><li>First</li><li>Second <b>bold</b></li></ul>', [['list-item', 'First'], ['list-item', 'Second bold']]],
    ['<li><p>Para in item</p></li>', [['paragraph', 'Para in item']]],
    ['<blockquote>Quoted</blockquote><figure><figcaption>Cap</figcaption></figure>', [['quote', 'Quoted'], ['caption', 'Cap']]],
    ['<div>Loose div text</div><div><div>Nested</div></div>', [['paragraph', 'Loose div text'], ['paragraph', 'Nested']]],
    ['<pre>const x = 1;\nlet y;</pre>', [['code', 'const x = 1;\nlet y;']]],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>', [['table', 'a | b\nc | d']]],
    ['<p>  spaced\n\n out  </p><p>   </p>', [['paragraph', 'spaced out']]],
  ])('reads %s', (html, expected) => {
    const passages = extractPassages(doc(`<body>${html}</body>`).body);
    expect(passages.map((p) => [p.segment.kind, p.segment.text])).toEqual(expected);
  });

  it('skips page furniture and hidden elements', () => {
    const html = '<nav><p>Menu</p></nav><script>var x</script><p hidden>Hidden</p><p aria-hidden="true">Aria</p><footer><p>Foot</p></footer><p>Kept</p>';
    expect(extractPassages(doc(`<body>${html}</body>`).body).map((p) => p.segment.text)).toEqual(['Kept']);
  });

  it('uses the visibility predicate', () => {
    const d = doc('<body><p class="x">Invisible</p><p>Visible</p></body>');
    const passages = extractPassages(d.body, { isVisible: (el) => !el.classList.contains('x') });
    expect(passages.map((p) => p.segment.text)).toEqual(['Visible']);
  });

  it('gives stable ids, distinct for repeated text', () => {
    const html = '<body><p>Same</p><p>Same</p><p>Other</p></body>';
    const first = extractPassages(doc(html).body).map((p) => p.segment.id);
    const second = extractPassages(doc(html).body).map((p) => p.segment.id);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(3);
  });

  it('never reads scanned markup as HTML: text stays text', () => {
    const passages = extractPassages(doc('<body><p>&lt;img src=x onerror=alert(1)&gt;</p></body>').body);
    expect(passages[0]?.segment.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('extractImages', () => {
  it('keeps content images once each and skips icons, hidden ones and odd schemes', () => {
    const d = doc(
      '<body><img src="https://a.example/big.jpg" width="300" height="200" alt="Big"><img src="https://a.example/big.jpg" width="300" height="200">' +
        '<img src="https://a.example/icon.png" width="16" height="16"><img src="javascript:alert(1)" width="300" height="300">' +
        '<img class="hidden" src="https://a.example/h.jpg" width="300" height="300"><img src="data:image/png;base64,AAAA" width="100" height="100"></body>',
    );
    const images = extractImages(d.body, { isVisible: (el) => !el.classList.contains('hidden') });
    expect(images.map((i) => i.image.url)).toEqual(['https://a.example/big.jpg', 'data:image/png;base64,AAAA']);
    expect(images[0]!.image).toMatchObject({ alt: 'Big', width: 300, height: 200 });
  });
});

describe('findContentRoot', () => {
  it('prefers the article when it holds most of the text', () => {
    const d = doc(`<body><nav>${'menu '.repeat(5)}</nav><article>${'word '.repeat(100)}</article></body>`);
    expect(findContentRoot(d).tagName).toBe('ARTICLE');
  });
  it('falls back to the body when a landmark holds little', () => {
    const d = doc(`<body><main>Cookies?</main><div>${'word '.repeat(200)}</div></body>`);
    expect(findContentRoot(d).tagName).toBe('BODY');
  });
});

describe('extractDeliverable', () => {
  it('returns a deliverable that passes its schema, with the page language', () => {
    const d = doc('<html lang="en-GB"><body><article><h1>T</h1><p>Body text.</p></article></body></html>');
    const { deliverable } = extractDeliverable(d, source);
    expect(DeliverableSchema.parse(deliverable)).toEqual(deliverable);
    expect(deliverable.lang).toBe('en-GB');
  });
  it('returns no passages for an empty page', () => {
    expect(extractDeliverable(doc('<body><img src="x"></body>'), source).deliverable.segments).toEqual([]);
  });
});
