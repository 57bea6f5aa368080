import { useMutation } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';
import { useContext, useState } from 'react';
import type { ContentModerationFieldsFragment } from '../../../generated/graphql';
import { ViewerContext } from '../../auth/hooks/viewer-context';
import { toFormErrors } from '../../errors/utils/form-errors';
import { RequestModerationReviewMutation } from '../graphql/moderation.operations';

export interface ModerationBannerProps {
  moderation: ContentModerationFieldsFragment | null | undefined;
  /** Its author may edit it and ask for a review. */
  authorId: string | null | undefined;
}

/**
 * On hidden content, for the only people who still see it (its author and its moderators): why
 * it is hidden, and for the author a way to ask the moderators to look again.
 */
export function ModerationBanner({ moderation, authorId }: ModerationBannerProps) {
  const { t } = useTranslation('moderation');
  const viewer = useContext(ViewerContext);
  const isAuthor = !!viewer && viewer.id === authorId;
  const format = useFormat();
  const [requestReview, state] = useMutation(RequestModerationReviewMutation);
  const [problem, setProblem] = useState<string | null>(null);
  if (!moderation || (moderation.state !== 'HIDDEN' && moderation.state !== 'HELD')) return null;
  const held = moderation.state === 'HELD';

  const ask = async () => {
    setProblem(null);
    try {
      await requestReview({ variables: { itemId: moderation.itemId } });
    } catch (caught) {
      setProblem(toFormErrors(caught, []).message);
    }
  };

  return (
    <div className="ol-alert ol-alert--warning moderation-banner" data-testid="moderation-banner">
      <p className="ol-alert__title">{held ? t('banner.heldTitle') : t('banner.hiddenTitle')}</p>
      <div className="ol-alert__body stack-sm">
        {!held && moderation.reason ? (
          <p>{t('banner.reason', { reason: moderation.reason })}</p>
        ) : null}
        <p>{isAuthor ? t('banner.forAuthor') : t('banner.forModerator')}</p>
        {isAuthor ? (
          moderation.reviewRequestedAt ? (
            <p role="status">
              {t('banner.reviewRequested', {
                when: format.dateTime(new Date(moderation.reviewRequestedAt)),
              })}
            </p>
          ) : (
            <div>
              <Button variant="secondary" size="sm" busy={state.loading} onClick={() => void ask()}>
                {t('banner.askForReview')}
              </Button>
            </div>
          )
        ) : null}
        {problem ? (
          <p className="ol-field__error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    </div>
  );
}
