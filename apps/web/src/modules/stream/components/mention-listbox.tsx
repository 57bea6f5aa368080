import { useTranslation } from '@outloud/web-i18n';
import { Avatar } from '@outloud/web-ui';
import type { PostAuthorFragment } from '../../../generated/graphql';

export interface MentionListboxProps {
  id: string;
  people: readonly PostAuthorFragment[];
  activeIndex: number;
  onChoose: (index: number) => void;
}

export const mentionOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

/** People matching the "@xy" being typed; the textarea keeps focus (aria-activedescendant). */
export function MentionListbox({ id, people, activeIndex, onChoose }: MentionListboxProps) {
  const { t } = useTranslation('stream');
  return (
    <ul id={id} role="listbox" aria-label={t('mention.listLabel')} className="mention-list">
      {people.map((person, index) => (
        <li
          key={person.id}
          id={mentionOptionId(id, index)}
          role="option"
          aria-selected={index === activeIndex}
          className="mention-list__option"
          // Keep focus in the textarea.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(index)}
        >
          <Avatar name={person.displayName} src={person.avatarUrl} size="sm" labelled={false} />
          <span className="mention-list__text">
            <span className="mention-list__name">{person.displayName}</span>
            <span className="mention-list__meta">
              {t('mention.handle', { handle: person.handle })}
              {person.jobTitle ? t('mention.jobTitle', { jobTitle: person.jobTitle }) : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
