import type { CSSProperties } from 'react';
import { cx } from './class-names';
import { hueOf, initialsOf } from './initials';

export type AvatarSize = 'xs' | 'sm' | 'md' | 'lg' | 'xl';

export interface AvatarProps {
  name: string;
  src?: string | null;
  size?: AvatarSize;
  /** Avatars next to the name they show are decorative; set false to hide them from assistive tech. */
  labelled?: boolean;
  className?: string;
}

export function Avatar({ name, src, size = 'md', labelled = true, className }: AvatarProps) {
  const classes = cx('ol-avatar', `ol-avatar--${size}`, className);
  if (src) {
    return <img className={classes} src={src} alt={labelled ? name : ''} />;
  }
  const style = { '--ol-avatar-hue': String(hueOf(name)) } as CSSProperties;
  return (
    <span
      className={cx(classes, 'ol-avatar--initials')}
      style={style}
      role={labelled ? 'img' : undefined}
      aria-label={labelled ? name : undefined}
      aria-hidden={labelled ? undefined : true}
    >
      {initialsOf(name)}
    </span>
  );
}
