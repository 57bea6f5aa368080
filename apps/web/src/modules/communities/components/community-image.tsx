import { cx, hueOf, initialsOf } from '@outloud/web-ui';
import type { CSSProperties } from 'react';

export interface CommunityImageProps {
  name: string;
  src?: string | null;
  size?: 'md' | 'lg';
}

/** A community's picture, or its initials on a colour of its name. Decorative: the name is beside it. */
export function CommunityImage({ name, src, size = 'md' }: CommunityImageProps) {
  const classes = cx('community-image', `community-image--${size}`);
  if (src) return <img className={classes} src={src} alt="" />;
  const style = { '--ol-avatar-hue': String(hueOf(name)) } as CSSProperties;
  return (
    <span className={cx(classes, 'community-image--initials')} style={style} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
