import { useTranslation } from '@outloud/web-i18n';
import { Link } from 'react-router-dom';

/** The product's name is a name, not a word to translate. */
const PRODUCT_NAME = 'Outloud';

export function Brand({ linked = true }: { linked?: boolean }) {
  const { t } = useTranslation('shell');
  const mark = (
    <>
      <svg
        className="brand__mark"
        viewBox="0 0 32 32"
        width="28"
        height="28"
        aria-hidden="true"
        focusable="false"
      >
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path
          d="M8 10.5A2.5 2.5 0 0 1 10.5 8h11a2.5 2.5 0 0 1 2.5 2.5v8a2.5 2.5 0 0 1-2.5 2.5H15l-4.5 3.5V21A2.5 2.5 0 0 1 8 18.5z"
          fill="#fff"
        />
      </svg>
      <span className="brand__name">{PRODUCT_NAME}</span>
    </>
  );
  if (!linked) return <span className="brand">{mark}</span>;
  return (
    <Link to="/" className="brand" aria-label={t('homeLink')}>
      {mark}
    </Link>
  );
}
