// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorOf, extractDeliverable, extractDeliverableSliced, extractImages, extractPassages, findContentRoot, PROSE_CELL_WORDS } from '../../../lib/extract/html';
import { PassageBudget } from '../../../lib/extract/limits';
import { DeliverableSchema, MAX_SEGMENT_CHARS } from '../../../lib/schema/deliverable';

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
    const passages = extractPassages(doc(`<body>${html}</body>`).body).passages;
    expect(passages.map((p) => [p.segment.kind, p.segment.text])).toEqual(expected);
  });

  it('skips scripts, hidden elements and furniture that is mostly links', () => {
    const html =
      '<nav><a href="/">Home</a> <a href="/work">Our work</a></nav><script>var x</script><p hidden>Hidden</p>' +
      '<footer><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a></p></footer><p>Kept</p>';
    expect(extractPassages(doc(`<body>${html}</body>`).body).passages.map((p) => p.segment.text)).toEqual(['Kept']);
  });

  it('reads text that markup alone does not hide: aria-hidden, an aside or a footer of prose, a form around the page; a few words of furniture stay out', () => {
    const html =
      '<p aria-hidden="true">Shown to every reader.</p><aside><p>A sidebar paragraph of prose that a reader sees beside the article, as long as any note.</p></aside>' +
      '<footer><p>Written by Jo, who also took the photographs on the long walk up the valley last spring.</p></footer>' +
      '<nav>Menu</nav><footer>© 2026 Alder &amp; Finch</footer><form><p>Inside a page-wide form.</p><input value="not text"></form>';
    expect(extractPassages(doc(`<body>${html}</body>`).body).passages.map((p) => p.segment.text)).toEqual([
      'Shown to every reader.',
      'A sidebar paragraph of prose that a reader sees beside the article, as long as any note.',
      'Written by Jo, who also took the photographs on the long walk up the valley last spring.',
      'Inside a page-wide form.',
    ]);
  });

  it('uses the visibility predicate', () => {
    const d = doc('<body><p class="x">Invisible</p><p>Visible</p></body>');
    const { passages } = extractPassages(d.body, { isVisible: (el) => !el.classList.contains('x') });
    expect(passages.map((p) => p.segment.text)).toEqual(['Visible']);
  });

  it('gives stable ids, distinct for repeated text', () => {
    const html = '<body><p>Same</p><p>Same</p><p>Other</p></body>';
    const first = extractPassages(doc(html).body).passages.map((p) => p.segment.id);
    const second = extractPassages(doc(html).body).passages.map((p) => p.segment.id);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(3);
  });

  it('never reads scanned markup as HTML: text stays text', () => {
    const { passages } = extractPassages(doc('<body><p>&lt;img src=x onerror=alert(1)&gt;</p></body>').body);
    expect(passages[0]?.segment.text).toBe('<img src=x onerror=alert(1)>');
  });
});

const FIRST = 'We moved the launch to the second week of March because the printer needs ten working days for the folded menus and nobody wants to pay the rush fee again this year.';

describe('extractPassages on pages shaped like real ones', () => {
  const read = (html: string) => extractPassages(doc(`<body>${html}</body>`).body).passages;
  const texts = (html: string) => read(html).map((p) => [p.segment.kind, p.segment.text]);

  it('keeps text that sits directly in a container beside its blocks (a mail’s first line, a 27-word first paragraph)', () => {
    expect(texts('<div dir="ltr">Hi Jane,<div><br></div><div>The menus are attached.</div></div>')).toEqual([['paragraph', 'Hi Jane,'], ['paragraph', 'The menus are attached.']]);
    expect(FIRST.split(' ')).toHaveLength(32);
    expect(texts(`<article>${FIRST}<h2>Budget</h2><p>Two quotes came in.</p>And one more thing at the end.</article>`)).toEqual([
      ['paragraph', FIRST],
      ['heading', 'Budget'],
      ['paragraph', 'Two quotes came in.'],
      ['paragraph', 'And one more thing at the end.'],
    ]);
  });

  it('anchors loose text by the exact nodes it spans, so its highlight is not the whole container', () => {
    // The page's own document (happy-dom's ranges work there as in a browser).
    document.body.innerHTML = '<div>Hi Jane,<p>The menus are attached.</p></div>';
    const [first, second] = extractPassages(document.body).passages;
    expect(first!.range).toBeDefined();
    expect(first!.range!.toString()).toBe('Hi Jane,');
    expect(anchorOf(first!)).toBe(first!.range);
    expect(anchorOf(second!)).toBe(second!.element);
  });

  it('never glues the words on either side of a <br>, and splits paragraphs at a blank line', () => {
    expect(texts('<p>It ends in the middle.<br>But the next line starts here.</p>')).toEqual([['paragraph', 'It ends in the middle. But the next line starts here.']]);
    expect(texts("<ul><li>I'm a list<br>And here is its second line</li></ul>")).toEqual([['list-item', "I'm a list And here is its second line"]]);
    expect(texts('<div>Hi Sam<br><br>Here is the copy you asked for<br>Let me know<br><br>Jo</div>')).toEqual([
      ['paragraph', 'Hi Sam'],
      ['paragraph', 'Here is the copy you asked for Let me know'],
      ['paragraph', 'Jo'],
    ]);
  });

  it('reads through inline wrappers that hold blocks (a message wrapped in <font>)', () => {
    expect(texts('<div><font size="-1"><div>Hi Maya,</div><div>Second paragraph here.</div></font></div>')).toEqual([['paragraph', 'Hi Maya,'], ['paragraph', 'Second paragraph here.']]);
  });

  it('leaves out hidden inline text, and keeps text that is only marked aria-hidden', () => {
    expect(texts('<p>Visible words <span hidden>hidden words</span> stay.</p>')).toEqual([['paragraph', 'Visible words stay.']]);
    expect(texts('<p>Visible words <span aria-hidden="true">shown too</span> stay.</p>')).toEqual([['paragraph', 'Visible words shown too stay.']]);
  });

  it('judges the prose in table cells and keeps short data cells together as one table passage', () => {
    const prose = 'Thank you for coming to the open day on Saturday, it was lovely to see so many of you in the workshop despite the rain.';
    expect(prose.split(' ').length).toBeGreaterThanOrEqual(PROSE_CELL_WORDS);
    // A mail laid out in tables: a header table of short cells, then a cell of prose inside a nested table.
    const html = `<table><tr><td>Alder &amp; Finch</td><td>Newsletter</td></tr><tr><td colspan="2"><table><tr><td><p>Dear friends,</p><p>${prose}</p></td></tr></table></td></tr></table>`;
    expect(texts(html)).toEqual([['table', 'Alder & Finch | Newsletter'], ['paragraph', 'Dear friends,'], ['paragraph', prose]]);
    // A data table stays one unjudged passage.
    expect(texts('<table><tr><th>Plot</th><th>Holder</th></tr><tr><td>14</td><td>Dave</td></tr></table>')).toEqual([['table', 'Plot | Holder\n14 | Dave']]);
    // A cell of prose with no block inside it is one passage too.
    expect(texts(`<table><tr><td>Note</td><td>${prose}</td></tr></table>`)).toEqual([['table', 'Note'], ['paragraph', prose]]);
  });
});

describe('extractImages', () => {
  it('keeps content images once each and skips icons, hidden ones and odd schemes', () => {
    const d = doc(
      '<body><img src="https://a.example/big.jpg" width="300" height="200" alt="Big"><img src="https://a.example/big.jpg" width="300" height="200">' +
        '<img src="https://a.example/icon.png" width="16" height="16"><img src="javascript:alert(1)" width="300" height="300">' +
        '<img class="hidden" src="https://a.example/h.jpg" width="300" height="300"><img src="data:image/png;base64,AAAA" width="100" height="100"></body>',
    );
    const { images } = extractImages(d.body, { isVisible: (el) => !el.classList.contains('hidden') });
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

describe('extractPassages reads what a reader sees', () => {
  it('reads open shadow roots, slotted text in its place, and a closed root when the caller can open it', () => {
    document.body.innerHTML = '<article><p>Before the widget.</p><x-card><span slot="title">Slotted title words</span></x-card><x-closed></x-closed><p>After it.</p></article>';
    const card = document.querySelector('x-card')!;
    const open = card.attachShadow({ mode: 'open' });
    open.innerHTML = '<h2><slot name="title"></slot></h2><p>Shadow paragraph the page renders.</p>';
    const closedHost = document.querySelector('x-closed')!;
    const closed = closedHost.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Closed shadow paragraph.</p>';
    const texts = (options = {}) => extractPassages(document.body, options).passages.map((p) => [p.segment.kind, p.segment.text]);
    expect(texts()).toEqual([
      ['paragraph', 'Before the widget.'],
      ['heading', 'Slotted title words'],
      ['paragraph', 'Shadow paragraph the page renders.'],
      ['paragraph', 'After it.'],
    ]);
    const withClosed = texts({ shadowRootOf: (el: Element) => (el === closedHost ? closed : el.shadowRoot) });
    expect(withClosed).toContainEqual(['paragraph', 'Closed shadow paragraph.']);
    expect(extractPassages(document.body).roots).toContain(open);
  });

  it('leaves out text whose element shows no text of its own, while its visible children stay', () => {
    const d = doc('<body><div class="invisible">Own hidden words<p class="shown">A visible child paragraph.</p></div></body>');
    const { passages } = extractPassages(d.body, { showsText: (el) => !el.classList.contains('invisible') });
    expect(passages.map((p) => p.segment.text)).toEqual(['A visible child paragraph.']);
  });
});

describe('extractPassages within the deliverable limits', () => {
  const sentence = 'The harbour wall was rebuilt after the storm of 1953 and the stones were numbered before they came down.';
  const machine = 'Moreover, it is essential to recognize the multifaceted significance of this pivotal infrastructure.';

  it('splits a paragraph longer than the passage limit into parts, every word kept, each part anchored at the paragraph', () => {
    const long = Array.from({ length: 300 }, () => sentence).join(' ');
    const d = doc(`<body><p id="long">${long} ${machine}</p></body>`);
    const { passages, omitted } = extractPassages(d.body);
    expect(omitted).toBeUndefined();
    expect(passages.length).toBeGreaterThan(1);
    expect(passages.every((p) => p.segment.text.length <= MAX_SEGMENT_CHARS && p.element.id === 'long')).toBe(true);
    expect(passages.map((p) => p.segment.text).join(' ')).toBe(`${long} ${machine}`);
    expect(passages.at(-1)!.segment.text.endsWith(machine)).toBe(true);
  });

  it('counts what lies past the limits instead of dropping it silently', () => {
    const d = doc(`<body>${Array.from({ length: 30 }, (_, i) => `<p>Paragraph number ${i} here.</p>`).join('')}</body>`);
    const { passages, omitted } = extractPassages(d.body, { budget: new PassageBudget(20, 1_000_000) });
    expect(passages).toHaveLength(20);
    expect(omitted).toEqual({ passages: 10, chars: Array.from({ length: 10 }, (_, i) => `Paragraph number ${20 + i} here.`).join('').length });
    const { deliverable } = extractDeliverable(d, source, { budget: new PassageBudget(20, 1_000_000) });
    expect(deliverable.omitted).toEqual(omitted);
  });

  it('the sliced extraction of a live page gives the same passages as the straight one', async () => {
    const html = `<html><body><article>${Array.from({ length: 500 }, (_, i) => `<p>${sentence} (${i})</p>`).join('')}</article></body></html>`;
    const straight = extractDeliverable(doc(html), source).deliverable;
    const sliced = (await extractDeliverableSliced(doc(html), source)).deliverable;
    expect(sliced).toEqual(straight);
    expect(straight.segments).toHaveLength(500);
  });
});
