import { useId, type ReactNode } from 'react';
import { Icon, type IconName } from './icons';
import { moveFocusWithArrows } from './keys';
import { Link } from './router';

/**
 * The few layout pieces every dashboard screen is built from, so headings, spacing and widths are the
 * same everywhere (sizes are the CSS custom properties in components/styles.css and dashboard.css).
 */

/**
 * A screen's heading row: the one `h1` of the page (the shell moves focus to it after navigation,
 * hence `tabIndex={-1}`), a line saying what the screen is for, and its actions on the right.
 */
export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-head">
      <div className="page-head-text">
        <h1 tabIndex={-1}>{title}</h1>
        {description && <p className="page-desc">{description}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}

/** A bordered block with an optional heading: one group of settings, one tool. */
export function Panel({ title, description, children, className, width = 'form' }: { title?: ReactNode; description?: ReactNode; children: ReactNode; className?: string; width?: 'form' | 'full' }) {
  const id = useId();
  return (
    <section className={['panel', `panel-${width}`, className].filter(Boolean).join(' ')} aria-labelledby={title ? id : undefined}>
      {title && <h2 id={id}>{title}</h2>}
      {description && <p className="panel-desc">{description}</p>}
      {children}
    </section>
  );
}

/** What a screen shows when it has nothing to show yet: what this place is for, and the first step. */
export function EmptyState({ icon = 'empty', title, children, actions }: { icon?: IconName; title: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <section className="empty-state" aria-labelledby={id}>
      <span className="empty-icon">
        <Icon name={icon} size={28} />
      </span>
      <h2 id={id}>{title}</h2>
      <div className="empty-body">{children}</div>
      {actions && <div className="empty-actions">{actions}</div>}
    </section>
  );
}

/** A row of controls above a list (filters, counts). */
export function Toolbar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="toolbar" role="group" aria-label={label}>
      {children}
    </div>
  );
}

export interface SubNavItem {
  id: string;
  title: string;
  to: string;
}

/** The pages inside a section (Settings: General, Platforms…), each a link to its own address. */
export function SubNav({ label, items, current }: { label: string; items: readonly SubNavItem[]; current: string }) {
  return (
    <nav className="subnav" aria-label={label}>
      <ul onKeyDown={moveFocusWithArrows}>
        {items.map((item) => (
          <li key={item.id}>
            <Link to={item.to} aria-current={item.id === current ? 'page' : undefined}>
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
