import { useMutation } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { LIMITS } from '@outloud/contracts';
import { Badge, Button, ConfirmDialog, TextArea } from '@outloud/web-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { AdminPersonFragment, UserRole } from '../../../generated/graphql';
import { toFormErrors } from '../../errors/utils/form-errors';
import { FileHandoverDialog } from './file-handover-dialog';
import {
  DeactivateUserMutation,
  ReactivateUserMutation,
  SetUserRoleMutation,
} from '../graphql/admin.operations';

const ROLES: readonly UserRole[] = ['MEMBER', 'MODERATOR', 'ADMIN'];
/** The server keeps last activity to the hour: anything newer reads "within the hour". */
const HOUR_MS = 3600 * 1000;
const withinTheHour = (at: string) => Date.now() - new Date(at).getTime() < HOUR_MS;

export interface PeopleTableProps {
  people: readonly AdminPersonFragment[];
  viewerId: string;
  /** Announces what changed, or what was refused, in the page's status region. */
  onOutcome: (message: string, failed?: boolean) => void;
}

/**
 * People with their role and status: admins change roles and deactivate or reactivate
 * accounts (every change is in the audit log; the server keeps at least one active admin).
 */
export function PeopleTable({ people, viewerId, onOutcome }: PeopleTableProps) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const [confirming, setConfirming] = useState<AdminPersonFragment | null>(null);
  const [handingOver, setHandingOver] = useState<AdminPersonFragment | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [setRole, roleState] = useMutation(SetUserRoleMutation);
  const [deactivate, deactivateState] = useMutation(DeactivateUserMutation);
  const [reactivate, reactivateState] = useMutation(ReactivateUserMutation);
  const busy = roleState.loading || deactivateState.loading || reactivateState.loading;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      onOutcome(done);
    } catch (caught) {
      onOutcome(toFormErrors(caught, []).message ?? t('people.failed'), true);
    }
  };

  const changeRole = (person: AdminPersonFragment, role: UserRole) =>
    void run(
      () => setRole({ variables: { userId: person.id, role } }),
      t('people.roleChanged', { name: person.displayName, role: t(`role.${role}`) }),
    );

  const askDeactivate = (person: AdminPersonFragment) => {
    setReason('');
    setReasonMissing(false);
    setConfirming(person);
  };

  const confirmDeactivate = async () => {
    const person = confirming;
    if (!person) return;
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    await run(
      () => deactivate({ variables: { userId: person.id, reason: reason.trim() } }),
      t('people.deactivated', { name: person.displayName }),
    );
    setConfirming(null);
  };

  const lastActive = (at: string | null | undefined) => {
    if (!at) return t('people.neverActive');
    return withinTheHour(at) ? t('people.activeThisHour') : format.relative(new Date(at));
  };

  return (
    <>
      <div className="admin-table-wrap">
        <table className="admin-table">
          <caption className="ol-visually-hidden">{t('people.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.department')}</th>
              <th scope="col">{t('people.role')}</th>
              <th scope="col">{t('people.status')}</th>
              <th scope="col">{t('people.lastActive')}</th>
              <th scope="col">{t('people.joined')}</th>
              <th scope="col">{t('people.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => {
              const active = person.status === 'ACTIVE';
              const roleId = `role-${person.id}`;
              return (
                <tr key={person.id}>
                  <th scope="row">
                    <Link to={`/people/${person.handle}`}>{person.displayName}</Link>
                    <br />
                    <span className="muted small">@{person.handle}</span>
                  </th>
                  <td>{person.department ?? '—'}</td>
                  <td>
                    <label htmlFor={roleId} className="ol-visually-hidden">
                      {t('people.roleOf', { name: person.displayName })}
                    </label>
                    <select
                      id={roleId}
                      className="ol-input"
                      value={person.role}
                      disabled={busy || !active || person.id === viewerId}
                      onChange={(event) => changeRole(person, event.target.value as UserRole)}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`role.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {active ? (
                      <Badge tone="success">{t('status.ACTIVE')}</Badge>
                    ) : (
                      <Badge tone="neutral">{t('status.DEACTIVATED')}</Badge>
                    )}
                  </td>
                  <td>
                    {person.lastActiveAt ? (
                      <time
                        dateTime={person.lastActiveAt}
                        title={format.dateTime(new Date(person.lastActiveAt))}
                      >
                        {lastActive(person.lastActiveAt)}
                      </time>
                    ) : (
                      lastActive(null)
                    )}
                  </td>
                  <td>{format.date(new Date(person.createdAt))}</td>
                  <td>
                    {person.id === viewerId ? (
                      <span className="muted small">{t('people.you')}</span>
                    ) : active ? (
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={busy}
                        aria-label={t('people.deactivateWho', { name: person.displayName })}
                        onClick={() => askDeactivate(person)}
                      >
                        {t('people.deactivate')}
                      </Button>
                    ) : (
                      <span className="admin-table__actions">
                        <Button
                          size="sm"
                          variant="secondary"
                          disabled={busy}
                          aria-label={t('handover.handOverWho', { name: person.displayName })}
                          onClick={() => setHandingOver(person)}
                        >
                          {t('handover.handOver')}
                        </Button>
                        <Button
                          size="sm"
                          variant="secondary"
                          disabled={busy}
                          aria-label={t('people.reactivateWho', { name: person.displayName })}
                          onClick={() =>
                            void run(
                              () => reactivate({ variables: { userId: person.id } }),
                              t('people.reactivated', { name: person.displayName }),
                            )
                          }
                        >
                          {t('people.reactivate')}
                        </Button>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {handingOver ? (
        <FileHandoverDialog
          person={handingOver}
          onClose={() => setHandingOver(null)}
          onOutcome={onOutcome}
        />
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        title={t('people.confirmTitle', { name: confirming?.displayName ?? '' })}
        confirmLabel={t('people.deactivate')}
        danger
        busy={deactivateState.loading}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void confirmDeactivate()}
      >
        <p>{t('people.confirmText')}</p>
        <TextArea
          label={t('people.reason')}
          hint={t('people.reasonHint')}
          error={reasonMissing ? t('people.reasonMissing') : undefined}
          required
          rows={3}
          maxLength={LIMITS.deactivationReason.max}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            if (event.target.value.trim()) setReasonMissing(false);
          }}
        />
      </ConfirmDialog>
    </>
  );
}
