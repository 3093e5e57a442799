import { AppShell } from '../../components/dashboard/shell/AppShell';
import { SECTIONS } from './sections';

export function App() {
  return <AppShell sections={SECTIONS} />;
}
