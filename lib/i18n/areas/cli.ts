/**
 * The cli area's messages, English and Indonesian side by side. They join the catalogues in
 * lib/i18n/en.ts and lib/i18n/id.ts; keys start with "cli." so areas never collide.
 *
 * Every line a person reads from `assay` is here: help, usage errors, input errors, progress. Command
 * names, flags, file names, environment variables and JSON field names stay as typed in both languages;
 * what a script reads (--json, JSONL, CSV columns, exit codes) is not worded at all.
 */
export const cliEn = {
  // assay --help
  'cli.usage': `Usage: assay <command> [options]

  scan <file|->        report per passage for a .txt, .md or .html file (or stdin); for an image, PDF,
                       audio or video file (by its bytes), its provenance (Content Credentials, metadata)
                       --json  one JSON object: label, probability, aiShare, segments[] (or provenance)
  score <in.jsonl|->   one JSON object per line, {"id": "a1", "text": "…"}; writes one line per input line,
                       {"id","probability","label","reason"?}, as it reads
  eval <in.jsonl>...   texts of known origin, one JSON object per line:
                       {"text": "…", "label": "human"|"ai", "domain"?: "news", "generator"?: "gpt-4o"}
                       prints AUROC, TPR at 1%/5% FPR, FPR/TPR at the shipped threshold, abstention and
                       calibration, overall and per domain × generator; --json for machines
  serve                the self-hostable classifier (HTTP, protocol v2 and v1); assay serve --help
                       (stop it with Ctrl-C or SIGTERM; a process manager should run node bin/assay.mjs serve)
  audit <dirs|files|urls.txt…>   a portfolio at once: every file's verdict or why it has none,
                       --report/--json/--csv outputs, --since an earlier audit; assay audit --help
  certify <files…>     sign a certificate of what you deliver and how AI was used: --declare, --name,
                       --key (assay certify --help)
  verify <cert> <files…>  check a certificate offline against the files; its own exit codes
                       (assay verify --help)
  bench                engine throughput, latency for 1,000 and 10,000 words, peak memory, and the
                       start-up time of assay scan beside a bare node; --json

  --sensitivity cautious|balanced|sensitive   label threshold preset (default: cautious)
  --trust <certs.pem>                         provenance scan: also trust these C2PA signers
  --version                                   the version, and whether the built CLI or the sources run

{exitCodes}`,
  'cli.exitCodes': `Exit codes: 0 done (a verdict, "Not enough text" included) · 1 failed (not the input's fault) ·
  2 wrong command line · 3 an input cannot be read (missing, a directory, no permission) ·
  4 an input holds nothing to judge (empty, binary, not UTF-8 text, no usable line)`,
  'cli.version.bundle': 'bundle',
  'cli.version.sources': 'sources',
  'cli.version.forced': 'sources (ASSAY_CLI_SOURCES=1)',
  'cli.version.stale': 'sources (the bundle is older than its sources: npm run build:cli)',
  'cli.version.missing': 'sources (no bundle: npm run build:cli)',

  // The command line.
  'cli.error.unknownOption': 'unknown option {option}',
  'cli.error.needsValue': '{option} needs a value',
  'cli.error.needsNumber': '{option} needs a number',
  'cli.error.sensitivity': '--sensitivity takes cautious, balanced or sensitive',
  'cli.error.trust': '--trust takes a PEM file of certificates',
  'cli.error.unknownCommand': 'unknown command "{command}"{suggestion}. Commands: scan, score, eval, serve, audit, bench, certify, verify; assay --help for more.',
  'cli.error.didYouMean': ' (did you mean {command}?)',
  'cli.args.scanNone': 'assay scan takes a file (or - for stdin)',
  'cli.args.scanMany': 'assay scan takes one file at a time',
  'cli.args.scoreNone': 'assay score takes a JSONL file (or - for stdin)',
  'cli.args.scoreMany': 'assay score takes one file at a time',
  'cli.args.evalNone': 'assay eval takes one or more JSONL files',
  'cli.args.benchExtra': 'assay bench takes no file',
  'cli.note': 'note: {text}',
  'cli.warning': 'warning: {text}',

  // Reading inputs.
  'cli.input.noSuchFile': 'no such file: {path}',
  'cli.input.directory': '{path} is a directory: give a file (or - for stdin)',
  'cli.input.permission': 'cannot read {path}: permission denied',
  'cli.input.cannotRead': 'cannot read {path}: {error}',
  'cli.input.empty': '{name} is empty (0 bytes): there is nothing to judge',
  'cli.input.whitespace': '{name} has no text (only whitespace): there is nothing to judge',
  'cli.input.blankLines': '{name} has only blank lines: there is nothing to judge',
  'cli.binary.zip': 'a ZIP archive (a .docx, .xlsx, .odt, .epub or .zip?)',
  'cli.binary.gzip': 'gzip-compressed data',
  'cli.binary.oldOffice': 'an old Microsoft Office file (.doc, .xls)',
  'cli.binary.elf': 'a program (ELF)',
  'cli.binary.windows': 'a Windows program',
  'cli.binary.woff': 'a font (WOFF)',
  'cli.binary.woff2': 'a font (WOFF2)',
  'cli.binary.otf': 'a font (OpenType)',
  'cli.binary.ttf': 'a font (TrueType)',
  'cli.binary.known': '{name} is {format}, not text: assay reads text (.txt, .md, .html, JSONL), images and PDFs; save the document as text or HTML',
  'cli.binary.zeroByte': '{name} looks like binary data, not text (a zero byte at offset {offset}){hint}: assay reads text (.txt, .md, .html, JSONL), images and PDFs',
  'cli.binary.zeroByteAfterLine': '{name} looks like binary data, not text (a zero byte after line {line})',
  'cli.binary.controls': '{name} looks like binary data, not text ({n} control characters in its first {bytes} bytes){hint}',
  'cli.binary.nameHint': '; its name ends in {ext}, but its bytes are not an image or PDF Assay can read',
  'cli.utf8.namedNotText': '{name} is not text (byte {byte} at offset {offset} is not UTF-8){hint}',
  'cli.utf8.invalid': '{name} is not valid UTF-8 text (byte {byte} at offset {offset}, line {line}): save it as UTF-8, or convert it (e.g. iconv -f WINDOWS-1252 -t UTF-8)',
  'cli.utf8.invalidLine': '{name} is not valid UTF-8 text (line {line}, byte {offset}): save it as UTF-8',
  'cli.utf8.cutShort': '{name} is not valid UTF-8 text (its last line is cut inside a character)',
  'cli.utf8.badUtf16': '{name} starts like UTF-16 text but is not valid UTF-16: save it as UTF-8',

  // assay scan, score: what was skipped and why.
  'cli.trust.noCertificate': '{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----)',
  'cli.trust.notUsed': '--trust applies to images, PDFs, audio and video; {name} is text, so it was not used',
  'cli.score.notJson': 'line {line}: not JSON ({error}); skipped',
  'cli.score.needsIdText': 'line {line}: needs "id" and "text" ({fields} missing or of the wrong type); skipped',
  'cli.score.allMalformed': 'no line of {name} could be scored: all {n} were malformed (each line must be a JSON object {"id": …, "text": "…"})',
  'cli.score.skipped': '{bad} of {total} lines skipped',

  // assay scan <image|pdf|audio|video>
  'cli.provenance.heading': 'Assay {noun} provenance: {name} ({mimeType}, {bytes} bytes)',
  'cli.provenance.noun.image': 'image',
  'cli.provenance.noun.video': 'video',
  'cli.provenance.noun.audio': 'audio',
  'cli.provenance.noun.document': 'document',
  'cli.provenance.evidence': 'Evidence:',
  'cli.provenance.strength.strong': 'strong',
  'cli.provenance.strength.moderate': 'moderate',
  'cli.provenance.strength.weak': 'weak',
  'cli.provenance.note': 'Note: {note}',
  'cli.format.otf': 'OpenType font',
  'cli.format.ttf': 'TrueType font',
  'cli.format.fontCollection': 'font collection',
  'cli.format.woff': 'WOFF font',
  'cli.format.woff2': 'WOFF2 font',
  'cli.format.ogg': 'Ogg audio or video',
  'cli.format.webm': 'WebM or Matroska video',
  'cli.format.zip': 'ZIP archive (or a document packed as one)',
  'cli.format.gzip': 'gzip archive',
  'cli.format.sevenZip': '7-Zip archive',
  'cli.format.rar': 'RAR archive',
  'cli.format.elf': 'program (ELF)',
  'cli.format.windows': 'Windows program',
  'cli.format.wasm': 'WebAssembly module',
  'cli.format.sqlite': 'SQLite database',
  'cli.provenance.refused': '{name} is a {format} ({mimeType}). Assay reads text, Markdown and HTML for writing, and images, PDFs, audio and video for provenance; it cannot read this file.',

  // assay eval
  'cli.eval.badLine': '{path}:{line}: needs "text" and "label" (human|ai); skipped',
  'cli.eval.allMalformed': 'no line could be evaluated: all {n} were malformed (each line must be {"text": "…", "label": "human" or "ai"}, optionally "domain" and "generator")',
  'cli.eval.summary': 'Sensitivity: {sensitivity}; {texts}{skipped}',
  'cli.eval.texts.one': '{n} text',
  'cli.eval.texts.other': '{n} texts',
  'cli.eval.skipped': ', {n} skipped',
  'cli.eval.group': 'group',
  'cli.eval.human': 'human',
  'cli.eval.machine': 'machine',
  'cli.eval.all': 'all',
  'cli.eval.atThreshold': '@thr',
  'cli.eval.abstain': 'abstain',
  'cli.eval.balanced': '(bal)',
  'cli.eval.labelsHead': 'labels at this preset',
  'cli.eval.textsHead': 'texts',

  // assay bench
  'cli.bench.startup': "Start-up of assay scan - on a short input ({from}): median {assay} ms; a bare node -e '' {node} ms; {ratio}× (target ≤ {target}×)",
  'cli.bench.model': 'Model {version}: {size} MB as shipped ({gzip} MB compressed); loading it takes {load} ms (median of 5)',
  'cli.bench.engine': 'Assay local engine, one core:',
  'cli.bench.throughput': '  throughput: {words} words/s, {mb} MB/s',
  'cli.bench.latency': '  {n} words: median {median} ms, p95 {p95} ms (reference word split {reference} ms, ratio {ratio}×)',
  'cli.bench.memory': '  peak memory (RSS): {mb} MB',
  'cli.bench.runFailed': '{command} exited with {code}: {stderr}',

  // assay serve
  'cli.serve.usage': `Usage: assay serve [--host 127.0.0.1] [--port 8787] [--token T]... [--allowed-host NAME]... [--trust-proxy]
                   [--max-body BYTES] [--rate PER_MINUTE] [--cache ENTRIES] [--cache-bytes BYTES]
  Environment: ASSAY_HOST, ASSAY_PORT, ASSAY_TOKENS (comma-separated), ASSAY_ALLOWED_HOSTS (comma-separated),
  ASSAY_TRUST_PROXY=1, ASSAY_MAX_BODY_BYTES, ASSAY_RATE_PER_MINUTE, ASSAY_CACHE_ENTRIES, ASSAY_CACHE_BYTES,
  ASSAY_PROVIDER_<ID>_KEY (team keys, e.g. ASSAY_PROVIDER_GPTZERO_KEY), ASSAY_PROVIDER_<ID>_OPTION.
  Binding beyond loopback, or holding provider keys, requires at least one token. Requests must be
  application/json; web pages (any Origin but an extension's) need a token; Host must be a loopback name
  or an --allowed-host. Stop it with Ctrl-C or SIGTERM (under a process manager, run node bin/assay.mjs serve).`,
  'cli.serve.needsHost': '--allowed-host needs a host name',
  'cli.serve.listening': 'Assay classifier listening on {url} ({access}); Ctrl-C to stop.',
  'cli.serve.tokens': 'bearer tokens required',
  'cli.serve.loopbackOnly': 'no token: loopback only',
  'cli.serve.shuttingDown': 'Shutting down: finishing requests under way…',
  'cli.serve.refuseHost': 'Refusing to listen on {host} without a bearer token: set ASSAY_TOKENS or --token (or bind to 127.0.0.1).',
  'cli.serve.refuseKeys': 'Refusing to start with provider keys ({providers}) but no bearer token: anyone who can reach the server could spend them. Set ASSAY_TOKENS or --token.',
  'cli.serve.portInUse': 'port {port} on {host} is already in use (another server?): choose another with --port',
  'cli.serve.portDenied': 'not allowed to listen on port {port} on {host} (ports below 1024 need privileges): choose another with --port',
  'cli.serve.badHost': 'cannot listen on {host}: no such address on this machine',
  'cli.serve.failed': 'could not start: {error}',

  // assay audit
  'cli.audit.usage': `Usage: assay audit <dirs|files|urls.txt…> [options]

  Audits a portfolio: every file in the folders given (recursively), the files given, and the page
  addresses listed in a .txt file of one http(s) address a line. Reads .txt, .md, .html, .docx, .odt,
  .pdf, .eml, images and .zip archives of them; each file gets a verdict, or a line saying why not.

  --report <report.html>   a self-contained HTML report (print it to PDF to hand it over)
  --json <out.json>        every file by path with its verdict (ai, mixed, unsure, human, unknown) or error
  --csv <out.csv>          one row per file
  --since <previous.json>  compare with an earlier audit's --json: new, changed, unchanged, removed
  --sensitivity cautious|balanced|sensitive   label threshold preset (default: cautious)
  --workers <n>            files read at once (default: one per core)
  --journal <file>         where progress is kept to resume an interrupted audit (default: a file
                           under ~/.cache/assay/audits named after the inputs; removed when done)
  --fresh                  start again even if an interrupted audit of the same inputs can be resumed

  A progress bar is drawn on a terminal (nothing when stderr is not one). Killed half-way, the same
  command resumes: finished files are not read again. Exit 0 unless the audit itself could not run
  (2: wrong command line; 3: no input could be found or --since cannot be read; 1: an output could not
  be written).`,
  'cli.audit.takesFile': '{option} takes a file name',
  'cli.audit.workers': '--workers takes a number from 1 to 64',
  'cli.audit.unknownOption': 'unknown option {option} for assay audit',
  'cli.audit.noInputs': 'assay audit takes one or more folders, files or .txt lists of addresses',
  'cli.audit.answered': '{url} answered {status}',
  'cli.audit.tooLarge': '{url} is {size} MB, over the {limit} MB limit',
  'cli.audit.notFetched': '{url} could not be fetched ({error})',
  'cli.audit.notFetchedPlain': 'not fetched',
  'cli.audit.notRead': 'not read: {path}: {problem}',
  'cli.audit.nothing': 'nothing to audit: no file or address could be found in what was given',
  'cli.audit.resuming': 'resuming an interrupted audit: {done} of {total} files already done (journal {journal})',
  'cli.audit.leftOut.one': '{n} system folder or file (.git, node_modules, .DS_Store…) left out',
  'cli.audit.leftOut.other': '{n} system folders or files (.git, node_modules, .DS_Store…) left out',
  'cli.audit.interrupted': 'interrupted: {done} of {total} files done; run the same command again to resume',
  'cli.audit.reportTitle': 'Assay portfolio audit',
  'cli.audit.writeFailed': 'could not write the audit’s output: {error} (progress kept in {journal}: run the same command again)',
  'cli.audit.audited.one': 'Audited {n} file in {seconds} s (sensitivity {sensitivity}).',
  'cli.audit.audited.other': 'Audited {n} files in {seconds} s (sensitivity {sensitivity}).',
  'cli.audit.failedCount': '{n} not read',
  'cli.audit.all': 'All: {counts}.',
  'cli.audit.group.one': '{group}: {n} file: {counts}',
  'cli.audit.group.other': '{group}: {n} files: {counts}',
  'cli.audit.since': 'Since the last audit: {new} new, {changed} changed, {unchanged} unchanged, {removed} removed; {verdicts}.',
  'cli.audit.verdictsChanged.one': '{n} verdict changed',
  'cli.audit.verdictsChanged.other': '{n} verdicts changed',
  'cli.audit.toLookAt': 'To look at:',
  'cli.audit.progress': '{done}/{total} files',
  'cli.audit.eta': 'about {seconds} s left',
  'cli.audit.readerUnexpected': 'the reader sent back something unexpected',
  'cli.audit.readerStopped': 'the reader stopped while reading this file ({reason})',
  'cli.audit.exitCode': 'exit code {code}',

  // assay certify
  'cli.certify.usage': `Usage: assay certify <files…> --declare <uses> --name <name> --key <file> [--out <path>]

  Scans the files (text: .txt, .md, .html; images) and signs a certificate of what they are and how AI
  was used; writes <first file>.assay.json beside the first file (or --out) and prints its path.

  --declare <uses>     how AI was used, comma-separated: {uses}
                       (none alone; drafting needs --passages; images needs --tool)
  --name <name>        the name you sign with, as your client knows you
  --key <file>         your key file (from the extension's backup, or made here when it does not exist:
                       mode 0600, encrypted with a passphrase asked on the terminal or given in
                       ASSAY_KEY_PASSPHRASE; without either it is written unencrypted)
  --out <path>         where to write the certificate
  --contact <text>     an e-mail address or page where the client can reach you
  --note <text>        a free-text note on how AI was used
  --passages <list>    drafted passages: numbers as assay scan lists them (3,5-7) in the first text
                       file, or file.md:3 for another
  --tool <name>        the tool the images were generated with
  --embed              also write each image with Content Credentials (C2PA) signed with your key, as
                       <name>.credentials.<ext> beside it (the signer reads as not on a trust list)
  --sensitivity cautious|balanced|sensitive   the scan's preset (default: cautious)`,
  'cli.certify.noFiles': 'assay certify takes one or more files',
  'cli.certify.stdin': 'assay certify reads files, not stdin: a certificate names what it covers',
  'cli.certify.required': '{option} is required',
  'cli.certify.declareTakes': '--declare takes {uses} (not {unknown})',
  'cli.certify.noneAlone': '--declare none cannot be combined with another use',
  'cli.certify.draftingNeedsPassages': '--declare drafting needs --passages (the passages AI drafted)',
  'cli.certify.imagesNeedTool': '--declare images needs --tool (the tool the images were generated with)',
  'cli.certify.imagesNoImage': '--declare images, but no image file was given',
  'cli.certify.passagesNoText': '--passages names passages, but no text file was given',
  'cli.certify.passagesBad': '--passages: "{item}" is not a passage number or range (3, 5-7, notes.md:2)',
  'cli.certify.passagesNoFile': '--passages: no text file named {name}',
  'cli.certify.passagesRange': '--passages: {name} has passages 1 to {count}, not {item}',
  'cli.certify.passagesNone': '--passages names no passage',
  'cli.certify.askPassphrase': 'Passphrase for {path}: ',
  'cli.certify.encryptedNoTerminal': '{path} is encrypted: give its passphrase in ASSAY_KEY_PASSPHRASE (there is no terminal to ask on)',
  'cli.certify.cannotReadKey': 'cannot read the key file {path}: {error}',
  'cli.certify.cannotOpenKey': 'the key file {path} cannot be opened: {error}',
  'cli.certify.newKeyPassphrase': 'A new key will be written to {path}. Passphrase to encrypt it (at least {min} characters; empty for none): ',
  'cli.certify.passphraseAgain': 'The same passphrase again: ',
  'cli.certify.passphrasesDiffer': 'the two passphrases differ: nothing was written',
  'cli.certify.cannotWriteKey': 'cannot write the key file {path}: {error}',
  'cli.certify.madeKey': 'made a new key {fingerprint} in {path} ({protection}). Keep a copy: it is your signing identity.',
  'cli.certify.encrypted': 'mode 0600, encrypted',
  'cli.certify.notEncrypted': 'mode 0600, NOT encrypted: keep it private',
  'cli.certify.cannotWrite': 'cannot write {path}: {error}',
  'cli.certify.embedNoImage': '--embed writes Content Credentials into images; none was given',
  'cli.certify.wroteImage': 'wrote {path} (the image with Content Credentials signed by {fingerprint})',
  'cli.certify.notCoveredPdf': '{path} is a PDF: certificates cover text (.txt, .md, .html) and images for now (PDF and .docx come with their file readers)',
  'cli.certify.notCovered': '{path} is a {format}: certificates cover text (.txt, .md, .html) and images for now (PDF and .docx come with their file readers)',
  'cli.certify.noPassage': '{path} has no passage of text to certify',
  'cli.signers.cannotRead': 'cannot read the known signers file {path}: {error}',
  'cli.signers.damaged': 'the known signers file {path} is damaged: move it away to start over (every key will be new again)',

  // assay verify
  'cli.verify.usage': `Usage: assay verify <certificate.assay.json> <files…> [--json] [--accept-new-key] [--check-domain <domain>]

  Checks a certificate offline: its signature, the files against the hashes it signed (and which
  passages changed), the signer's key against the keys seen before under that name, and Assay's scan
  at signing beside a scan of the files now. Prints VALID … or INVALID: <reason> first.

  --json             one JSON object instead of the report
  --accept-new-key   remember the signer's new key when a known name arrives with another one
  --check-domain <domain>  also look online whether the signer lists this key at
                     https://<domain>/.well-known/assay-key (the only step that uses the network)

  Exit codes: 0 valid · 1 could not verify (a file cannot be read, a wrong command line) ·
  2 content changed · 3 bad signature · 4 key not seen before (only when nothing else is wrong) ·
  5 malformed certificate. Known keys: known-signers.json in $ASSAY_HOME, else $XDG_CONFIG_HOME/assay, else ~/.config/assay.`,
  'cli.verify.checkDomain': '--check-domain takes a domain (example.com), a site address or an e-mail address',
  'cli.verify.takes': 'assay verify takes a certificate and the files it covers',
  'cli.verify.tooLarge': 'the certificate is {size} MiB, over the 1 MiB limit: no Assay certificate is that large',
  'cli.verify.couldNotVerify': 'could not verify: {error}',
  'cli.verify.valid': 'VALID: {reason}',
  'cli.verify.invalid': 'INVALID: {reason}',
  'cli.verify.signer': 'Signer:',
  'cli.verify.fingerprint': 'Fingerprint:',
  'cli.verify.thumbprint': 'Thumbprint:',
  'cli.verify.thumbprintHint': '(what a signer publishes at https://<domain>/.well-known/assay-key)',
  'cli.verify.key': 'Key:',
  'cli.verify.keyKnown': 'seen before under this name (since {date})',
  'cli.verify.keyNew': 'not seen before under this name',
  'cli.verify.keyChanged': 'WARNING: a new key for a name seen before with {previous}',
  'cli.verify.signed': 'Signed:',
  'cli.verify.declared': 'Declared:',
  'cli.verify.note': 'Note:',
  'cli.verify.online': 'Online:',
  'cli.verify.notGiven': 'not checked (not given)',
  'cli.verify.unrelated': '{given} does not belong to it',
  'cli.verify.unchanged': 'unchanged',
  'cli.verify.imageChanged': 'the image file changed',
  'cli.verify.scanAtSigning': '  scan at signing: {verdict}',
  'cli.verify.provenanceAtSigning': '  provenance at signing: {verdict}',
  'cli.verify.now': '   now: {verdict}',
  'cli.verify.notRead': 'not read',
  'cli.verify.passageAtSigning': '“{text}”, {label} at signing',
  'cli.verify.passageNow': '“{text}”, {label} now',
  'cli.verify.passageChanged': '  passage {n} changed: was {before}; now {after}',
  'cli.verify.passageRemoved': '  passage {n} removed: {before}',
  'cli.verify.passageAdded': '  added at {n}: {after}',
  'cli.verify.notCovered': '{name}: not covered by this certificate',
  'cli.verify.scan': 'Scan: {engine} {version}, model {model}, {sensitivity}',
  'cli.verify.listed': 'the key is listed at {url}',
  'cli.verify.notListed.one': 'WARNING: the key is NOT listed at {url} ({n} other key listed there)',
  'cli.verify.notListed.other': 'WARNING: the key is NOT listed at {url} ({n} other keys listed there)',
  'cli.verify.couldNotCheck': 'could not check {url}: {reason}',
  'cli.verify.unknownProblem': 'unknown problem',
} as const;

export const cliId: Record<keyof typeof cliEn, string> = {
  'cli.usage': `Pemakaian: assay <perintah> [opsi]

  scan <berkas|->      laporan per paragraf untuk berkas .txt, .md atau .html (atau stdin); untuk berkas
                       gambar, PDF, audio atau video (dikenali dari isinya), asal-usulnya (Content
                       Credentials, metadata)
                       --json  satu objek JSON: label, probability, aiShare, segments[] (atau provenance)
  score <in.jsonl|->   satu objek JSON per baris, {"id": "a1", "text": "…"}; menulis satu baris untuk tiap
                       baris masukan, {"id","probability","label","reason"?}, sambil membaca
  eval <in.jsonl>...   teks yang asalnya sudah diketahui, satu objek JSON per baris:
                       {"text": "…", "label": "human"|"ai", "domain"?: "news", "generator"?: "gpt-4o"}
                       mencetak AUROC, TPR pada FPR 1%/5%, FPR/TPR pada ambang bawaan, porsi yang tidak
                       dinilai dan kalibrasi, keseluruhan dan per domain × generator; --json untuk mesin
  serve                pengklasifikasi yang bisa dijalankan sendiri (HTTP, protokol v2 dan v1);
                       assay serve --help (hentikan dengan Ctrl-C atau SIGTERM; pengelola proses
                       sebaiknya menjalankan node bin/assay.mjs serve)
  audit <folder|berkas|urls.txt…>   satu portofolio sekaligus: penilaian tiap berkas atau alasan
                       tidak ada penilaian, keluaran --report/--json/--csv, --since audit sebelumnya;
                       assay audit --help
  certify <berkas…>    tanda tangani sertifikat tentang apa yang Anda serahkan dan bagaimana AI
                       dipakai: --declare, --name, --key (assay certify --help)
  verify <sertifikat> <berkas…>  periksa sertifikat secara luring terhadap berkasnya; punya kode
                       keluar sendiri (assay verify --help)
  bench                kecepatan mesin, latensi untuk 1.000 dan 10.000 kata, memori puncak, dan waktu
                       mulai assay scan dibanding node kosong; --json

  --sensitivity cautious|balanced|sensitive   pilihan ambang label (bawaan: cautious)
  --trust <certs.pem>                         pemeriksaan asal-usul: percayai juga penanda tangan C2PA ini
  --version                                   versi, dan apakah CLI hasil build atau sumbernya yang berjalan

{exitCodes}`,
  'cli.exitCodes': `Kode keluar: 0 selesai (ada penilaian, termasuk "Teks tidak cukup") · 1 gagal (bukan karena masukan) ·
  2 baris perintah salah · 3 masukan tidak bisa dibaca (tidak ada, berupa folder, tanpa izin) ·
  4 masukan tidak berisi apa pun untuk dinilai (kosong, biner, bukan teks UTF-8, tidak ada baris
  yang bisa dipakai)`,
  'cli.version.bundle': 'bundel',
  'cli.version.sources': 'sumber',
  'cli.version.forced': 'sumber (ASSAY_CLI_SOURCES=1)',
  'cli.version.stale': 'sumber (bundel lebih lama daripada sumbernya: npm run build:cli)',
  'cli.version.missing': 'sumber (belum ada bundel: npm run build:cli)',

  'cli.error.unknownOption': 'opsi tidak dikenal: {option}',
  'cli.error.needsValue': '{option} perlu diberi nilai',
  'cli.error.needsNumber': '{option} perlu diberi angka',
  'cli.error.sensitivity': '--sensitivity menerima cautious, balanced atau sensitive',
  'cli.error.trust': '--trust perlu berkas PEM berisi sertifikat',
  'cli.error.unknownCommand': 'perintah "{command}" tidak dikenal{suggestion}. Perintah yang ada: scan, score, eval, serve, audit, bench, certify, verify; lihat assay --help.',
  'cli.error.didYouMean': ' (maksud Anda {command}?)',
  'cli.args.scanNone': 'assay scan perlu sebuah berkas (atau - untuk stdin)',
  'cli.args.scanMany': 'assay scan membaca satu berkas setiap kali',
  'cli.args.scoreNone': 'assay score perlu sebuah berkas JSONL (atau - untuk stdin)',
  'cli.args.scoreMany': 'assay score membaca satu berkas setiap kali',
  'cli.args.evalNone': 'assay eval perlu satu berkas JSONL atau lebih',
  'cli.args.benchExtra': 'assay bench tidak menerima berkas',
  'cli.note': 'catatan: {text}',
  'cli.warning': 'peringatan: {text}',

  'cli.input.noSuchFile': 'berkas tidak ditemukan: {path}',
  'cli.input.directory': '{path} adalah folder: berikan sebuah berkas (atau - untuk stdin)',
  'cli.input.permission': 'tidak bisa membaca {path}: izin ditolak',
  'cli.input.cannotRead': 'tidak bisa membaca {path}: {error}',
  'cli.input.empty': '{name} kosong (0 bita): tidak ada yang bisa dinilai',
  'cli.input.whitespace': '{name} tidak berisi teks (hanya spasi): tidak ada yang bisa dinilai',
  'cli.input.blankLines': '{name} hanya berisi baris kosong: tidak ada yang bisa dinilai',
  'cli.binary.zip': 'arsip ZIP (.docx, .xlsx, .odt, .epub atau .zip?)',
  'cli.binary.gzip': 'data terkompresi gzip',
  'cli.binary.oldOffice': 'berkas Microsoft Office versi lama (.doc, .xls)',
  'cli.binary.elf': 'program (ELF)',
  'cli.binary.windows': 'program Windows',
  'cli.binary.woff': 'fon (WOFF)',
  'cli.binary.woff2': 'fon (WOFF2)',
  'cli.binary.otf': 'fon (OpenType)',
  'cli.binary.ttf': 'fon (TrueType)',
  'cli.binary.known': '{name} adalah {format}, bukan teks: assay membaca teks (.txt, .md, .html, JSONL), gambar dan PDF; simpan dokumennya sebagai teks atau HTML',
  'cli.binary.zeroByte': '{name} tampaknya data biner, bukan teks (ada bita nol di posisi {offset}){hint}: assay membaca teks (.txt, .md, .html, JSONL), gambar dan PDF',
  'cli.binary.zeroByteAfterLine': '{name} tampaknya data biner, bukan teks (ada bita nol setelah baris {line})',
  'cli.binary.controls': '{name} tampaknya data biner, bukan teks ({n} karakter kontrol dalam {bytes} bita pertamanya){hint}',
  'cli.binary.nameHint': '; namanya berakhiran {ext}, tetapi isinya bukan gambar atau PDF yang bisa dibaca Assay',
  'cli.utf8.namedNotText': '{name} bukan teks (bita {byte} di posisi {offset} bukan UTF-8){hint}',
  'cli.utf8.invalid': '{name} bukan teks UTF-8 yang sah (bita {byte} di posisi {offset}, baris {line}): simpan sebagai UTF-8, atau ubah dulu (mis. iconv -f WINDOWS-1252 -t UTF-8)',
  'cli.utf8.invalidLine': '{name} bukan teks UTF-8 yang sah (baris {line}, bita ke-{offset}): simpan sebagai UTF-8',
  'cli.utf8.cutShort': '{name} bukan teks UTF-8 yang sah (baris terakhirnya terpotong di tengah karakter)',
  'cli.utf8.badUtf16': '{name} diawali seperti teks UTF-16 tetapi bukan UTF-16 yang sah: simpan sebagai UTF-8',

  'cli.trust.noCertificate': '{path} tidak berisi sertifikat PEM (-----BEGIN CERTIFICATE-----)',
  'cli.trust.notUsed': '--trust berlaku untuk gambar, PDF, audio dan video; {name} berupa teks, jadi tidak dipakai',
  'cli.score.notJson': 'baris {line}: bukan JSON ({error}); dilewati',
  'cli.score.needsIdText': 'baris {line}: perlu "id" dan "text" ({fields} tidak ada atau jenisnya salah); dilewati',
  'cli.score.allMalformed': 'tidak ada baris {name} yang bisa dinilai: semua ({n}) salah bentuk (tiap baris harus berupa objek JSON {"id": …, "text": "…"})',
  'cli.score.skipped': '{bad} dari {total} baris dilewati',

  'cli.provenance.heading': 'Asal-usul {noun} menurut Assay: {name} ({mimeType}, {bytes} bita)',
  'cli.provenance.noun.image': 'gambar',
  'cli.provenance.noun.video': 'berkas video',
  'cli.provenance.noun.audio': 'berkas audio',
  'cli.provenance.noun.document': 'dokumen',
  'cli.provenance.evidence': 'Bukti:',
  'cli.provenance.strength.strong': 'kuat',
  'cli.provenance.strength.moderate': 'sedang',
  'cli.provenance.strength.weak': 'lemah',
  'cli.provenance.note': 'Catatan: {note}',
  'cli.format.otf': 'fon OpenType',
  'cli.format.ttf': 'fon TrueType',
  'cli.format.fontCollection': 'koleksi fon',
  'cli.format.woff': 'fon WOFF',
  'cli.format.woff2': 'fon WOFF2',
  'cli.format.ogg': 'audio atau video Ogg',
  'cli.format.webm': 'video WebM atau Matroska',
  'cli.format.zip': 'arsip ZIP (atau dokumen yang dikemas sebagai ZIP)',
  'cli.format.gzip': 'arsip gzip',
  'cli.format.sevenZip': 'arsip 7-Zip',
  'cli.format.rar': 'arsip RAR',
  'cli.format.elf': 'berkas program (ELF)',
  'cli.format.windows': 'program Windows',
  'cli.format.wasm': 'modul WebAssembly',
  'cli.format.sqlite': 'basis data SQLite',
  'cli.provenance.refused': '{name} adalah {format} ({mimeType}). Untuk tulisan Assay membaca teks, Markdown dan HTML, dan untuk asal-usul gambar, PDF, audio dan video; berkas ini tidak bisa dibacanya.',

  'cli.eval.badLine': '{path}:{line}: perlu "text" dan "label" (human|ai); dilewati',
  'cli.eval.allMalformed': 'tidak ada baris yang bisa dievaluasi: semua ({n}) salah bentuk (tiap baris harus {"text": "…", "label": "human" atau "ai"}, boleh ditambah "domain" dan "generator")',
  'cli.eval.summary': 'Kepekaan: {sensitivity}; {texts}{skipped}',
  'cli.eval.texts.one': '{n} teks',
  'cli.eval.texts.other': '{n} teks',
  'cli.eval.skipped': ', {n} dilewati',
  'cli.eval.group': 'kelompok',
  'cli.eval.human': 'manusia',
  'cli.eval.machine': 'mesin',
  'cli.eval.all': 'semua',
  'cli.eval.atThreshold': '@ambang',
  'cli.eval.abstain': 'tdk dinilai',
  'cli.eval.balanced': '(seimbang)',
  'cli.eval.labelsHead': 'label pada pilihan ini',
  'cli.eval.textsHead': 'teks',

  'cli.bench.startup': "Waktu mulai assay scan - untuk masukan pendek ({from}): median {assay} md; node -e '' kosong {node} md; {ratio}× (target ≤ {target}×)",
  'cli.bench.model': 'Model {version}: {size} MB seperti dikirim ({gzip} MB terkompresi); memuatnya butuh {load} md (median dari 5)',
  'cli.bench.engine': 'Mesin lokal Assay, satu inti:',
  'cli.bench.throughput': '  kecepatan: {words} kata/dtk, {mb} MB/dtk',
  'cli.bench.latency': '  {n} kata: median {median} md, p95 {p95} md (acuan pemecahan kata {reference} md, rasio {ratio}×)',
  'cli.bench.memory': '  memori puncak (RSS): {mb} MB',
  'cli.bench.runFailed': '{command} keluar dengan kode {code}: {stderr}',

  'cli.serve.usage': `Pemakaian: assay serve [--host 127.0.0.1] [--port 8787] [--token T]... [--allowed-host NAMA]... [--trust-proxy]
                   [--max-body BITA] [--rate PER_MENIT] [--cache ENTRI] [--cache-bytes BITA]
  Variabel lingkungan: ASSAY_HOST, ASSAY_PORT, ASSAY_TOKENS (dipisah koma), ASSAY_ALLOWED_HOSTS (dipisah koma),
  ASSAY_TRUST_PROXY=1, ASSAY_MAX_BODY_BYTES, ASSAY_RATE_PER_MINUTE, ASSAY_CACHE_ENTRIES, ASSAY_CACHE_BYTES,
  ASSAY_PROVIDER_<ID>_KEY (kunci tim, mis. ASSAY_PROVIDER_GPTZERO_KEY), ASSAY_PROVIDER_<ID>_OPTION.
  Mendengarkan di luar loopback, atau memegang kunci penyedia, mewajibkan setidaknya satu token. Permintaan
  harus application/json; halaman web (Origin apa pun selain ekstensi) perlu token; Host harus nama
  loopback atau sebuah --allowed-host. Hentikan dengan Ctrl-C atau SIGTERM (di bawah pengelola proses,
  jalankan node bin/assay.mjs serve).`,
  'cli.serve.needsHost': '--allowed-host perlu diberi nama host',
  'cli.serve.listening': 'Pengklasifikasi Assay mendengarkan di {url} ({access}); tekan Ctrl-C untuk berhenti.',
  'cli.serve.tokens': 'wajib memakai token bearer',
  'cli.serve.loopbackOnly': 'tanpa token: hanya loopback',
  'cli.serve.shuttingDown': 'Mematikan server: menyelesaikan permintaan yang sedang berjalan…',
  'cli.serve.refuseHost': 'Menolak mendengarkan di {host} tanpa token bearer: isi ASSAY_TOKENS atau --token (atau pakai 127.0.0.1).',
  'cli.serve.refuseKeys': 'Menolak berjalan dengan kunci penyedia ({providers}) tanpa token bearer: siapa pun yang bisa menjangkau server bisa menghabiskan kuotanya. Isi ASSAY_TOKENS atau --token.',
  'cli.serve.portInUse': 'port {port} di {host} sudah dipakai (ada server lain?): pilih port lain dengan --port',
  'cli.serve.portDenied': 'tidak diizinkan mendengarkan di port {port} pada {host} (port di bawah 1024 perlu hak khusus): pilih port lain dengan --port',
  'cli.serve.badHost': 'tidak bisa mendengarkan di {host}: alamat itu tidak ada di mesin ini',
  'cli.serve.failed': 'tidak bisa dijalankan: {error}',

  'cli.audit.usage': `Pemakaian: assay audit <folder|berkas|urls.txt…> [opsi]

  Mengaudit satu portofolio: setiap berkas di folder yang diberikan (termasuk subfolder), berkas yang
  diberikan, dan alamat halaman yang didaftar dalam berkas .txt berisi satu alamat http(s) per baris.
  Membaca .txt, .md, .html, .docx, .odt, .pdf, .eml, gambar dan arsip .zip berisi berkas tersebut; tiap
  berkas mendapat penilaian, atau satu baris yang menjelaskan mengapa tidak.

  --report <report.html>   laporan HTML mandiri (cetak ke PDF untuk diserahkan)
  --json <out.json>        setiap berkas menurut path dengan penilaiannya (ai, mixed, unsure, human,
                           unknown) atau galatnya
  --csv <out.csv>          satu baris per berkas
  --since <previous.json>  bandingkan dengan --json audit sebelumnya: baru, berubah, tetap, dihapus
  --sensitivity cautious|balanced|sensitive   pilihan ambang label (bawaan: cautious)
  --workers <n>            jumlah berkas yang dibaca bersamaan (bawaan: satu per inti)
  --journal <berkas>       tempat kemajuan disimpan agar audit yang terputus bisa dilanjutkan (bawaan:
                           berkas di ~/.cache/assay/audits yang dinamai menurut masukannya; dihapus saat selesai)
  --fresh                  mulai dari awal walaupun audit terputus dengan masukan yang sama bisa dilanjutkan

  Di terminal digambar bilah kemajuan (tidak ada jika stderr bukan terminal). Jika dihentikan di tengah
  jalan, perintah yang sama melanjutkannya: berkas yang sudah selesai tidak dibaca lagi. Keluar dengan 0
  kecuali audit itu sendiri tidak bisa berjalan (2: baris perintah salah; 3: tidak ada masukan yang
  ditemukan atau --since tidak bisa dibaca; 1: sebuah keluaran tidak bisa ditulis).`,
  'cli.audit.takesFile': '{option} perlu diberi nama berkas',
  'cli.audit.workers': '--workers menerima angka dari 1 sampai 64',
  'cli.audit.unknownOption': 'opsi tidak dikenal untuk assay audit: {option}',
  'cli.audit.noInputs': 'assay audit perlu satu atau lebih folder, berkas atau daftar alamat .txt',
  'cli.audit.answered': '{url} menjawab {status}',
  'cli.audit.tooLarge': '{url} berukuran {size} MB, melebihi batas {limit} MB',
  'cli.audit.notFetched': '{url} tidak bisa diambil ({error})',
  'cli.audit.notFetchedPlain': 'tidak diambil',
  'cli.audit.notRead': 'tidak dibaca: {path}: {problem}',
  'cli.audit.nothing': 'tidak ada yang bisa diaudit: tidak satu pun berkas atau alamat ditemukan dari yang diberikan',
  'cli.audit.resuming': 'melanjutkan audit yang terputus: {done} dari {total} berkas sudah selesai (jurnal {journal})',
  'cli.audit.leftOut.one': '{n} folder atau berkas sistem (.git, node_modules, .DS_Store…) tidak disertakan',
  'cli.audit.leftOut.other': '{n} folder atau berkas sistem (.git, node_modules, .DS_Store…) tidak disertakan',
  'cli.audit.interrupted': 'terputus: {done} dari {total} berkas selesai; jalankan perintah yang sama lagi untuk melanjutkan',
  'cli.audit.reportTitle': 'Audit portofolio Assay',
  'cli.audit.writeFailed': 'keluaran audit tidak bisa ditulis: {error} (kemajuan disimpan di {journal}: jalankan perintah yang sama lagi)',
  'cli.audit.audited.one': '{n} berkas diaudit dalam {seconds} dtk (kepekaan {sensitivity}).',
  'cli.audit.audited.other': '{n} berkas diaudit dalam {seconds} dtk (kepekaan {sensitivity}).',
  'cli.audit.failedCount': '{n} tidak dibaca',
  'cli.audit.all': 'Semua: {counts}.',
  'cli.audit.group.one': '{group}: {n} berkas: {counts}',
  'cli.audit.group.other': '{group}: {n} berkas: {counts}',
  'cli.audit.since': 'Sejak audit terakhir: {new} baru, {changed} berubah, {unchanged} tetap, {removed} dihapus; {verdicts}.',
  'cli.audit.verdictsChanged.one': '{n} penilaian berubah',
  'cli.audit.verdictsChanged.other': '{n} penilaian berubah',
  'cli.audit.toLookAt': 'Perlu diperiksa:',
  'cli.audit.progress': '{done}/{total} berkas',
  'cli.audit.eta': 'sekitar {seconds} dtk lagi',
  'cli.audit.readerUnexpected': 'pembaca mengirim balik sesuatu yang tidak terduga',
  'cli.audit.readerStopped': 'pembaca berhenti saat membaca berkas ini ({reason})',
  'cli.audit.exitCode': 'kode keluar {code}',

  'cli.certify.usage': `Pemakaian: assay certify <berkas…> --declare <pemakaian> --name <nama> --key <berkas> [--out <path>]

  Memeriksa berkas-berkasnya (teks: .txt, .md, .html; gambar) dan menandatangani sertifikat tentang isinya
  dan bagaimana AI dipakai; menulis <berkas pertama>.assay.json di samping berkas pertama (atau --out) dan
  mencetak path-nya.

  --declare <pemakaian>  bagaimana AI dipakai, dipisah koma: {uses}
                       (none berdiri sendiri; drafting perlu --passages; images perlu --tool)
  --name <nama>        nama yang Anda pakai untuk menandatangani, seperti dikenal klien Anda
  --key <berkas>       berkas kunci Anda (dari cadangan ekstensi, atau dibuat di sini bila belum ada:
                       mode 0600, dienkripsi dengan frasa sandi yang ditanyakan di terminal atau diberikan
                       lewat ASSAY_KEY_PASSPHRASE; tanpa keduanya ditulis tanpa enkripsi)
  --out <path>         tempat menulis sertifikat
  --contact <teks>     alamat e-mail atau halaman tempat klien bisa menghubungi Anda
  --note <teks>        catatan bebas tentang bagaimana AI dipakai
  --passages <daftar>  paragraf yang dibuat AI: nomor seperti yang dicantumkan assay scan (3,5-7) pada
                       berkas teks pertama, atau bab2.md:3 untuk berkas lain
  --tool <nama>        alat yang dipakai untuk membuat gambarnya
  --embed              tulis juga tiap gambar dengan Content Credentials (C2PA) yang ditandatangani kunci
                       Anda, sebagai <nama>.credentials.<ext> di sampingnya (penanda tangannya terbaca
                       sebagai tidak ada di daftar tepercaya)
  --sensitivity cautious|balanced|sensitive   pilihan ambang pemeriksaan (bawaan: cautious)`,
  'cli.certify.noFiles': 'assay certify perlu satu berkas atau lebih',
  'cli.certify.stdin': 'assay certify membaca berkas, bukan stdin: sertifikat menyebut apa yang dicakupnya',
  'cli.certify.required': '{option} wajib diisi',
  'cli.certify.declareTakes': '--declare menerima {uses} (bukan {unknown})',
  'cli.certify.noneAlone': '--declare none tidak bisa digabung dengan pemakaian lain',
  'cli.certify.draftingNeedsPassages': '--declare drafting perlu --passages (paragraf yang dibuat AI)',
  'cli.certify.imagesNeedTool': '--declare images perlu --tool (alat yang dipakai untuk membuat gambarnya)',
  'cli.certify.imagesNoImage': '--declare images, tetapi tidak ada berkas gambar yang diberikan',
  'cli.certify.passagesNoText': '--passages menyebut paragraf, tetapi tidak ada berkas teks yang diberikan',
  'cli.certify.passagesBad': '--passages: "{item}" bukan nomor atau rentang paragraf (3, 5-7, notes.md:2)',
  'cli.certify.passagesNoFile': '--passages: tidak ada berkas teks bernama {name}',
  'cli.certify.passagesRange': '--passages: {name} punya paragraf 1 sampai {count}, bukan {item}',
  'cli.certify.passagesNone': '--passages tidak menyebut satu paragraf pun',
  'cli.certify.askPassphrase': 'Frasa sandi untuk {path}: ',
  'cli.certify.encryptedNoTerminal': '{path} terenkripsi: berikan frasa sandinya lewat ASSAY_KEY_PASSPHRASE (tidak ada terminal untuk menanyakannya)',
  'cli.certify.cannotReadKey': 'berkas kunci {path} tidak bisa dibaca: {error}',
  'cli.certify.cannotOpenKey': 'berkas kunci {path} tidak bisa dibuka: {error}',
  'cli.certify.newKeyPassphrase': 'Kunci baru akan ditulis ke {path}. Frasa sandi untuk mengenkripsinya (minimal {min} karakter; kosongkan jika tanpa sandi): ',
  'cli.certify.passphraseAgain': 'Ulangi frasa sandi yang sama: ',
  'cli.certify.passphrasesDiffer': 'kedua frasa sandi berbeda: tidak ada yang ditulis',
  'cli.certify.cannotWriteKey': 'berkas kunci {path} tidak bisa ditulis: {error}',
  'cli.certify.madeKey': 'kunci baru {fingerprint} dibuat di {path} ({protection}). Simpan salinannya: itulah identitas tanda tangan Anda.',
  'cli.certify.encrypted': 'mode 0600, terenkripsi',
  'cli.certify.notEncrypted': 'mode 0600, TIDAK terenkripsi: jaga kerahasiaannya',
  'cli.certify.cannotWrite': '{path} tidak bisa ditulis: {error}',
  'cli.certify.embedNoImage': '--embed menulis Content Credentials ke dalam gambar; tidak ada gambar yang diberikan',
  'cli.certify.wroteImage': 'menulis {path} (gambar dengan Content Credentials yang ditandatangani oleh {fingerprint})',
  'cli.certify.notCoveredPdf': '{path} adalah PDF: untuk saat ini sertifikat mencakup teks (.txt, .md, .html) dan gambar (PDF dan .docx menyusul bersama pembaca berkasnya)',
  'cli.certify.notCovered': '{path} adalah {format}: untuk saat ini sertifikat mencakup teks (.txt, .md, .html) dan gambar (PDF dan .docx menyusul bersama pembaca berkasnya)',
  'cli.certify.noPassage': '{path} tidak berisi paragraf teks untuk disertifikasi',
  'cli.signers.cannotRead': 'berkas penanda tangan yang dikenal {path} tidak bisa dibaca: {error}',
  'cli.signers.damaged': 'berkas penanda tangan yang dikenal {path} rusak: pindahkan berkas itu untuk mulai dari awal (semua kunci akan dianggap baru lagi)',

  'cli.verify.usage': `Pemakaian: assay verify <sertifikat.assay.json> <berkas…> [--json] [--accept-new-key] [--check-domain <domain>]

  Memeriksa sertifikat secara luring: tanda tangannya, berkas-berkasnya terhadap hash yang ditandatangani
  (dan paragraf mana yang berubah), kunci penanda tangan terhadap kunci yang pernah terlihat dengan nama
  itu, dan pemeriksaan Assay saat penandatanganan dibanding pemeriksaan berkas sekarang. Mencetak
  SAH … atau TIDAK SAH: <alasan> di baris pertama.

  --json             satu objek JSON, bukan laporan
  --accept-new-key   ingat kunci baru penanda tangan saat nama yang sudah dikenal datang dengan kunci lain
  --check-domain <domain>  periksa juga secara daring apakah penanda tangan mencantumkan kunci ini di
                     https://<domain>/.well-known/assay-key (satu-satunya langkah yang memakai jaringan)

  Kode keluar: 0 sah · 1 tidak bisa diverifikasi (berkas tidak bisa dibaca, baris perintah salah) ·
  2 isi berubah · 3 tanda tangan tidak cocok · 4 kunci belum pernah terlihat (hanya jika tidak ada masalah
  lain) · 5 sertifikat rusak. Kunci yang dikenal: known-signers.json di $ASSAY_HOME, atau
  $XDG_CONFIG_HOME/assay, atau ~/.config/assay.`,
  'cli.verify.checkDomain': '--check-domain menerima domain (example.com), alamat situs atau alamat e-mail',
  'cli.verify.takes': 'assay verify perlu sebuah sertifikat dan berkas-berkas yang dicakupnya',
  'cli.verify.tooLarge': 'sertifikat ini berukuran {size} MiB, melebihi batas 1 MiB: tidak ada sertifikat Assay sebesar itu',
  'cli.verify.couldNotVerify': 'tidak bisa diverifikasi: {error}',
  'cli.verify.valid': 'SAH: {reason}',
  'cli.verify.invalid': 'TIDAK SAH: {reason}',
  'cli.verify.signer': 'Penanda tangan:',
  'cli.verify.fingerprint': 'Sidik jari:',
  'cli.verify.thumbprint': 'Cap kunci:',
  'cli.verify.thumbprintHint': '(yang diterbitkan penanda tangan di https://<domain>/.well-known/assay-key)',
  'cli.verify.key': 'Kunci:',
  'cli.verify.keyKnown': 'pernah terlihat dengan nama ini (sejak {date})',
  'cli.verify.keyNew': 'belum pernah terlihat dengan nama ini',
  'cli.verify.keyChanged': 'PERINGATAN: kunci baru untuk nama yang sebelumnya terlihat dengan {previous}',
  'cli.verify.signed': 'Ditandatangani:',
  'cli.verify.declared': 'Pernyataan:',
  'cli.verify.note': 'Catatan:',
  'cli.verify.online': 'Daring:',
  'cli.verify.notGiven': 'tidak diperiksa (tidak diberikan)',
  'cli.verify.unrelated': '{given} bukan bagian dari sertifikat ini',
  'cli.verify.unchanged': 'tidak berubah',
  'cli.verify.imageChanged': 'berkas gambarnya berubah',
  'cli.verify.scanAtSigning': '  pemeriksaan saat ditandatangani: {verdict}',
  'cli.verify.provenanceAtSigning': '  asal-usul saat ditandatangani: {verdict}',
  'cli.verify.now': '   sekarang: {verdict}',
  'cli.verify.notRead': 'tidak dibaca',
  'cli.verify.passageAtSigning': '“{text}”, {label} saat ditandatangani',
  'cli.verify.passageNow': '“{text}”, {label} sekarang',
  'cli.verify.passageChanged': '  paragraf {n} berubah: semula {before}; sekarang {after}',
  'cli.verify.passageRemoved': '  paragraf {n} dihapus: {before}',
  'cli.verify.passageAdded': '  ditambahkan di {n}: {after}',
  'cli.verify.notCovered': '{name}: tidak dicakup sertifikat ini',
  'cli.verify.scan': 'Pemeriksaan: {engine} {version}, model {model}, {sensitivity}',
  'cli.verify.listed': 'kunci ini tercantum di {url}',
  'cli.verify.notListed.one': 'PERINGATAN: kunci ini TIDAK tercantum di {url} ({n} kunci lain tercantum di sana)',
  'cli.verify.notListed.other': 'PERINGATAN: kunci ini TIDAK tercantum di {url} ({n} kunci lain tercantum di sana)',
  'cli.verify.couldNotCheck': 'tidak bisa memeriksa {url}: {reason}',
  'cli.verify.unknownProblem': 'masalah tidak dikenal',
};
