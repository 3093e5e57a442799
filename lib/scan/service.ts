import type { ScanStatus } from '../messaging/protocol';
import type { Deliverable, ImageRef } from '../schema/deliverable';
import type { DetectionResult } from '../schema/verdict';
import type { WritingProcess } from '../schema/process';
import type { Settings } from '../settings/schema';
import type { ScanToStore } from '../store/records';
import type { ImageRecord, ScanRecord, RemoteSummary } from '../schema/record';
import { contentText } from '../text/normalize';

/**
 * The one scan service every source goes through (the page scan, each platform, and later dropped
 * files and audits): a deliverable already extracted by its caller goes
 *   hash → local detection → images → store → second opinions → combined record → `done`
 * The engine (offscreen worker, Dexie, remote classifiers) is injected, so the same flow runs in the
 * background and in unit tests. Each caller says how to report through a `ScanReport`: the page scan
 * updates the tab's badge and highlights, a platform answers its content script.
 *
 * A failure before the record is stored stops the scan and stores nothing. Once the local verdict is
 * stored, a failing second opinion never turns the scan into a failure: the record keeps the local
 * verdict and says why no second opinion could be used.
 */
export type ScanProgress = Omit<ScanStatus, 'tabId'>;

export interface ScanEngine {
  settings(): Promise<Settings>;
  hash(text: string): Promise<string>;
  detect(deliverable: Deliverable, settings: Settings, onProgress: (done: number, total: number) => void): Promise<DetectionResult>;
  /** Reads the provenance of the deliverable's images; a failure per image is kept in its record. */
  readImages(images: readonly ImageRef[], settings: Settings, onProgress: (done: number, total: number) => void): Promise<ImageRecord[]>;
  save(scan: ScanToStore): Promise<ScanRecord>;
  /** Asks the enabled remote classifiers; undefined when none is enabled. */
  secondOpinions(local: DetectionResult, settings: Settings, signal: AbortSignal | undefined): Promise<{ result: DetectionResult; remote: RemoteSummary } | undefined>;
  saveCombined(id: string, result: DetectionResult, remote: RemoteSummary): Promise<ScanRecord | undefined>;
  /** The stored record of a deliverable, if any (to leave an unchanged page alone). */
  existing(source: Deliverable['source']): Promise<ScanRecord | undefined>;
  now(): number;
}

/** How one caller hears about its scan. */
export interface ScanReport {
  progress(status: ScanProgress): void;
  /**
   * A record to show: first the local verdict as soon as it is stored (`final` false when second
   * opinions are still to come), then the combined one. Called once when no classifier is enabled.
   */
  show?(record: ScanRecord, context: { settings: Settings; final: boolean }): Promise<void>;
}

export interface ScanRequest {
  deliverable: Deliverable;
  /** How the text got into the document (Google Docs' writing history). */
  process?: WritingProcess;
  /** Aborts the second opinions (the tab closed or navigated). */
  signal?: AbortSignal;
  /**
   * Leave a deliverable whose text has not changed since its stored scan (same hash, same
   * sensitivity) as it is: shown again, not scanned again (automatic scans of a page on each load).
   */
  skipUnchanged?: boolean;
}

/** The text a content hash is taken of: the normalized passages in reading order. */
export function deliverableText(deliverable: Deliverable): string {
  return contentText(deliverable.segments.map((segment) => segment.text));
}

/** The local engine's identity as the detector itself reported it. */
export function engineOf(result: DetectionResult): ScanRecord['engine'] {
  const local = result.document.detectors.find((detector) => detector.kind === 'local');
  return { name: local?.name ?? 'unknown', version: local?.version ?? 'unknown', modelVersion: local?.model ?? local?.version ?? 'unknown' };
}

/** The remote summary kept when asking for second opinions failed as a whole (not one provider). */
export function failedOpinions(local: DetectionResult, settings: Settings, error: unknown): RemoteSummary {
  const message = error instanceof Error ? error.message : String(error);
  const providers = Object.entries(settings.providers)
    .filter(([, p]) => p.enabled)
    .map(([id]) => ({ id, name: id, ok: false, passages: 0, error: `second opinions could not be asked: ${message}` }));
  return { local: { label: local.document.label, probability: local.document.probability }, providers, localOnly: true };
}

export interface ScanService {
  scan(request: ScanRequest, report: ScanReport): Promise<ScanRecord>;
}

export function createScanService(engine: ScanEngine): ScanService {
  return {
    async scan({ deliverable, process, signal, skipUnchanged }, report) {
      const started = engine.now();
      const settings = await engine.settings();
      const total = deliverable.segments.length;
      report.progress({ stage: 'detecting', done: 0, total });
      const contentHash = await engine.hash(deliverableText(deliverable));
      if (skipUnchanged) {
        const known = await engine.existing(deliverable.source);
        if (known && known.contentHash === contentHash && known.sensitivity === settings.sensitivity) {
          await report.show?.(known, { settings, final: true }).catch(() => undefined);
          report.progress({ stage: 'done', done: total, total, recordId: known.id });
          return known;
        }
      }
      const local = await engine.detect(deliverable, settings, (done, all) => report.progress({ stage: 'detecting', done, total: all }));
      const refs = deliverable.images ?? [];
      let images: ImageRecord[] = [];
      if (refs.length > 0) {
        report.progress({ stage: 'images', done: 0, total: refs.length });
        images = await engine.readImages(refs, settings, (done, all) => report.progress({ stage: 'images', done, total: all }));
      }
      report.progress({ stage: 'storing', done: total, total });
      let record = await engine.save({
        source: deliverable.source,
        contentHash,
        result: local,
        images,
        durationMs: engine.now() - started,
        sensitivity: settings.sensitivity,
        engine: engineOf(local),
        scannedAt: Date.now(),
        ...(process ? { process } : {}),
      });

      // From here on the local verdict is stored: nothing below may report the scan as failed.
      const wantsRemote = Object.values(settings.providers).some((p) => p.enabled);
      try {
        await report.show?.(record, { settings, final: !wantsRemote });
      } catch {
        // The tab went away or reloaded: the record is stored all the same.
      }
      if (wantsRemote) {
        report.progress({ stage: 'remote', done: total, total, recordId: record.id });
        let asked: Awaited<ReturnType<ScanEngine['secondOpinions']>>;
        try {
          asked = await engine.secondOpinions(local, settings, signal);
        } catch (error) {
          asked = { result: local, remote: failedOpinions(local, settings, error) };
        }
        if (asked) record = (await engine.saveCombined(record.id, asked.result, asked.remote).catch(() => undefined)) ?? record;
        try {
          await report.show?.(record, { settings, final: true });
        } catch {
          // As above.
        }
      }
      report.progress({ stage: 'done', done: total, total, recordId: record.id });
      return record;
    },
  };
}
