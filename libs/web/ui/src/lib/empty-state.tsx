import type { ReactNode } from 'react';
import { cx } from './class-names';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  /** Heading level of the title, so it fits the page outline. */
  headingLevel?: 1 | 2 | 3;
  className?: string;
}

export function EmptyState({
  title,
  description,
  icon,
  action,
  headingLevel = 2,
  className,
}: EmptyStateProps) {
  const Heading = `h${headingLevel}` as 'h1' | 'h2' | 'h3';
  return (
    <section className={cx('ol-empty', className)}>
      {icon ? (
        <div className="ol-empty__icon" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <Heading className="ol-empty__title">{title}</Heading>
      {description ? <div className="ol-empty__description">{description}</div> : null}
      {action ? <div className="ol-empty__action">{action}</div> : null}
    </section>
  );
}
