import { PLATFORM_IDS, PLATFORMS } from '../../../lib/platforms/registry';
import { routeHash } from '../../../lib/ui/routes';
import { EmptyState } from '../shell/layout';
import { Link } from '../shell/router';

/** Platform names as a sentence: "Gmail, Outlook, Google Docs or Figma" (from the registry, so a new one shows). */
function platformNames(): string {
  const names = PLATFORM_IDS.map((id) => PLATFORMS[id].name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}

/** No record at all yet: what Records is for, and the three ways to get one. */
export function RecordsEmpty({ onImport }: { onImport: () => void }) {
  return (
    <EmptyState
      icon="records"
      title="No records yet"
      actions={
        <>
          <Link to={routeHash('settings', 'platforms')} className="button secondary">
            Set up platforms
          </Link>
          <button type="button" className="secondary" onClick={onImport}>
            Import JSON
          </button>
        </>
      }
    >
      <p>Every scan is kept here, on this computer only: the verdict, the evidence for each passage and what the images’ data says.</p>
      <ol className="steps">
        <li>
          Open the page you want to check, click the Assay icon in the browser’s toolbar and press <strong>Scan this page</strong>.
        </li>
        <li>To check deliverables where they arrive, in {platformNames()}, turn that platform on in Settings › Platforms.</li>
        <li>Records exported from another browser come back with Import JSON.</li>
      </ol>
    </EmptyState>
  );
}
