import type { ComponentChildren } from 'preact';
import { cx } from './classes';

export interface CardProps {
  id?: string;
  class?: string;
  /** Heading shown at the top of the card; rendered at `headingLevel` (default 2) to keep headings in order. */
  title?: ComponentChildren;
  headingLevel?: 2 | 3 | 4;
  tone?: 'plain' | 'soft' | 'warm';
  /** `section` when the card is a labelled region of the page. */
  as?: 'div' | 'section' | 'article';
  children?: ComponentChildren;
}

/** A rounded surface. With a title, a `section` card is labelled by its heading. */
export function Card({
  title,
  headingLevel = 2,
  tone = 'plain',
  as = 'div',
  class: className,
  children,
  id,
}: CardProps) {
  const Tag = as;
  const Heading = `h${headingLevel}` as 'h2';
  const headingId = title && id ? `${id}-title` : undefined;
  return (
    <Tag
      id={id}
      class={cx('sk-card', tone !== 'plain' && `sk-card--${tone}`, className)}
      aria-labelledby={as === 'section' ? headingId : undefined}
    >
      {title ? (
        <Heading id={headingId} class="sk-card__title">
          {title}
        </Heading>
      ) : null}
      {children}
    </Tag>
  );
}
