import { absoluteTime, relativeTime } from '../utils/relative-time';

export function PostTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={absoluteTime(iso)}>
      {relativeTime(iso)}
    </time>
  );
}
