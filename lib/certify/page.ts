import { IMAGE_VERDICTS, LABELS, passageLabelText } from '../report/labels';
import { declarationLines } from './declaration';
import { spokenFingerprint } from './fingerprint';
import type { Claims } from './format';
import { changeSummary, type VerifyResult } from './verify';

/**
 * The certificate as a readable page: one self-contained HTML file (no script, no remote resource)
 * that prints to PDF, with the key's fingerprint as words. Every value from the claims is escaped:
 * a certificate is hostile input on the client's side.
 */

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const percent = (p: number) => `${Math.round(p * 100)}%`;

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;color:#111827;max-width:780px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #e5e7eb}
.muted{color:#4b5563}.words{font-size:1.2rem;font-weight:600;letter-spacing:.02em}
code{font-size:.8rem;word-break:break-all}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #f3f4f6;vertical-align:top}
.pill{display:inline-block;color:#fff;border-radius:999px;padding:0 .5rem;font-size:.85rem}
.status{padding:.75rem 1rem;border-radius:8px;font-weight:600}.ok{background:#dcfce7}.bad{background:#fee2e2}.warn{background:#fef3c7}
@media print{body{margin:0}.noprint{display:none}}`;

function pill(text: string, color: string): string {
  return `<span class="pill" style="background:${esc(color)}">${esc(text)}</span>`;
}

function verificationBlock(result: VerifyResult): string {
  const cls = result.status === 'valid' ? 'ok' : result.status === 'unknown-key' ? 'warn' : 'bad';
  const head = result.status === 'valid' || result.status === 'unknown-key' ? 'VALID' : 'INVALID';
  const docs = result.documents
    .map((d) => `<li>${esc(d.name)}: ${esc(d.state === 'changed' ? changeSummary(d.changes) : d.state === 'not-given' ? 'not checked (not given)' : d.state === 'unrelated' ? `does not belong (${d.given ?? ''})` : 'unchanged')}</li>`)
    .join('');
  return `<h2>Verification</h2><p class="status ${cls}">${head}: ${esc(result.reason)}</p>${docs ? `<ul>${docs}</ul>` : ''}`;
}

function documentsBlock(claims: Claims): string {
  return claims.subject.documents
    .map((doc, i) => {
      const scan = claims.scan.documents[i]!;
      const flagged = doc.passages.map((p, pi) => ({ p, pi, v: scan.passages[pi]! })).filter(({ v }) => v.label === 'ai' || v.label === 'unsure');
      const drafted = new Set(claims.declaration.uses.flatMap((u) => (u.use === 'drafting' ? u.passages.filter((p) => p.document === i).map((p) => p.passage) : [])));
      const rows = flagged
        .slice(0, 200)
        .map(({ p, pi, v }) => `<tr><td>${pi + 1}</td><td>${pill(passageLabelText(v.label), LABELS[v.label].color)}${drafted.has(pi) ? ' <span class="muted">declared drafted with AI</span>' : ''}</td><td>“${esc(p.opening)}…”</td></tr>`)
        .join('');
      const process = doc.process;
      const history = process
        ? `<p class="muted">Writing history (Google Docs): ${
            process.available
              ? `${process.inserts.toLocaleString('en')} edits read${process.insertedChars ? `; ${percent((process.pastedChars ?? 0) / process.insertedChars)} of inserted characters arrived in single pastes, ${percent((process.burstChars ?? 0) / process.insertedChars)} in bursts faster than typing` : ''}; ${process.passages.length} passage(s) tied to a paste or burst.`
              : `not available (${esc(process.reason ?? 'no reason given')}).`
          } How text got into the document, not who wrote it.</p>`
        : '';
      return `<h3>${esc(doc.name)}</h3>
<p>${doc.source.url ? `<span class="muted">${esc(doc.source.url)}</span><br>` : ''}${doc.words.toLocaleString('en')} words in ${doc.passages.length} passages · SHA-256 <code>${doc.sha256}</code></p>
<p>Assay’s scan at signing: ${pill(LABELS[scan.label].text, LABELS[scan.label].color)} · probability machine-written ${scan.probability.toFixed(2)} · ${percent(scan.aiShare)} of words in passages labelled AI</p>
${rows ? `<table><thead><tr><th>#</th><th>Label</th><th>Passage</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="muted">No passage labelled AI or unsure.</p>'}
${history}`;
    })
    .join('\n');
}

function imagesBlock(claims: Claims): string {
  if (!claims.subject.images.length) return '';
  const rows = claims.subject.images
    .map((image, i) => {
      const scan = claims.scan.images[i]!;
      const verdict = scan.verdict ? IMAGE_VERDICTS[scan.verdict] : undefined;
      return `<tr><td>${esc(image.name)}</td><td>${verdict ? pill(verdict.text, verdict.color) : 'not read'}</td><td><code>${image.sha256}</code></td></tr>`;
    })
    .join('');
  return `<h2>Images</h2><table><thead><tr><th>File</th><th>Provenance at signing</th><th>SHA-256</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The certificate page; with a verification result, the client's printable report of it. */
export function certificatePage(claims: Claims, options: { thumbprint?: string; verification?: VerifyResult } = {}): string {
  const { signer } = claims;
  const declared = declarationLines(claims)
    .map((line) => `<li>${esc(line)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Assay certificate: ${esc(claims.subject.documents[0]?.name ?? claims.subject.images[0]?.name ?? 'deliverable')}</title>
<style>${STYLE}</style></head><body>
<h1>Assay certificate</h1>
<p class="muted">A signed statement by the freelancer of what they deliver and how AI was used, with Assay’s scan at the time of signing.</p>
${options.verification ? verificationBlock(options.verification) : ''}
<h2>Signed by</h2>
<p><strong>${esc(signer.name)}</strong>${signer.contact ? ` · ${esc(signer.contact)}` : ''}<br>
Key fingerprint: <span class="words">${esc(spokenFingerprint(signer.fingerprint))}</span><br>
${options.thumbprint ? `<span class="muted">Key thumbprint (RFC 7638): <code>${esc(options.thumbprint)}</code></span><br>` : ''}
Signed on ${esc(new Date(claims.issuedAt).toUTCString())}</p>
<h2>Declared use of AI</h2>
<ul>${declared}</ul>
${claims.declaration.note ? `<p>“${esc(claims.declaration.note)}”</p>` : ''}
<h2>What it covers</h2>
${documentsBlock(claims)}
${imagesBlock(claims)}
<h2>Scan</h2>
<p class="muted">${esc(claims.scan.engine.name)} ${esc(claims.scan.engine.version)}, model ${esc(claims.scan.engine.modelVersion)}, ${esc(claims.scan.sensitivity)} sensitivity, scanned ${esc(new Date(claims.scan.scannedAt).toUTCString())}. Labels are estimates, not proof.</p>
<h2>How to check it</h2>
<p>Drop the certificate file (<code>.assay.json</code>) and the delivered files into Assay’s dashboard, or run <code>assay verify &lt;certificate&gt; &lt;files…&gt;</code>. Verification works offline; the signature covers every claim on this page.</p>
</body></html>
`;
}
