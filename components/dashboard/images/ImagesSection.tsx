import type { ProvenanceReply } from '../../../lib/provenance/worker-client';
import { parseTrustList } from '../../../lib/provenance/trust';
import { routeHash } from '../../../lib/ui/routes';
import { ImageCheck } from '../ImageCheck';
import { PageHeader, Panel } from '../shell/layout';
import { Link } from '../shell/router';
import { useSettings } from '../useSettings';
import { plural, t } from '../../../lib/i18n';

/**
 * Check images: a tool of its own rather than part of Records, because what it reads is not stored
 * (nothing here becomes a record) and rather than part of Settings, because it is something to do, not
 * something to set. The trust list it applies is one link away, in Settings › Images.
 */
export function ImagesSection({ read }: { read: () => (bytes: ArrayBuffer) => Promise<ProvenanceReply> }) {
  const { settings } = useSettings();
  const trusted = settings ? parseTrustList(settings.trustAnchors).anchors.length : undefined;
  return (
    <>
      <PageHeader title={t('section.images')} description={t('dashboard.check.description')} />
      <Panel width="form">
        <ImageCheck read={read} heading={null} />
        <p className="muted trust-note">
          {trusted === undefined ? null : `${trusted === 0 ? t('dashboard.check.trusted.none') : plural('dashboard.check.trusted', trusted)} `}
          <Link to={routeHash('settings', 'images')}>{t('dashboard.check.change')}</Link>
        </p>
      </Panel>
    </>
  );
}
