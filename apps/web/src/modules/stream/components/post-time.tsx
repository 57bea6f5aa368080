import { useFormat } from '@outloud/web-i18n';

/** "5 minutes ago" in the person's language, the full date and time on hover. */
export function PostTime({ iso }: { iso: string }) {
  const format = useFormat();
  return (
    <time dateTime={iso} title={format.dateTime(iso)}>
      {format.relative(iso)}
    </time>
  );
}
