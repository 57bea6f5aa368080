import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import {
  EmailDigestQuery,
  NotificationPreferencesQuery,
} from '../../modules/notifications/graphql/notifications.operations';
import { NotificationSettingsPage } from '../notification-settings-page';
import { NotificationsPage } from '../notifications-page';

const mocks = [
  {
    request: { query: NotificationPreferencesQuery },
    result: {
      data: {
        notificationPreferences: [
          { __typename: 'NotificationPreference', type: 'POST_LIKED', enabled: false },
        ],
      },
    },
  },
  {
    request: { query: EmailDigestQuery },
    result: {
      data: { emailDigest: { __typename: 'EmailDigest', enabled: true, available: true } },
    },
  },
];

describe('notification settings in the settings area', () => {
  it('shows the switches and the digest under the settings navigation, marked as the current section', async () => {
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={['/settings/notifications']}>
          <NotificationSettingsPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Notification settings' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Settings' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/settings/profile',
      '/settings/preferences',
      '/settings/security',
      '/settings/notifications',
      '/settings/api-tokens',
    ]);
    expect(
      within(nav).getByRole('link', { name: 'Notification settings' }).getAttribute('aria-current'),
    ).toBe('page');
    // The switches may show before the saved preferences arrive: wait for the saved values.
    await screen.findByRole('group', { name: 'Notify me when' });
    await waitFor(() =>
      expect(
        (screen.getByRole('checkbox', { name: 'Someone likes my post' }) as HTMLInputElement)
          .checked,
      ).toBe(false),
    );
    expect((screen.getByRole('checkbox', { name: /e-mail/i }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('leaves the notifications page to the notifications, with a link to their settings', () => {
    render(
      <MockedProvider mocks={[]}>
        <MemoryRouter initialEntries={['/notifications']}>
          <NotificationsPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.getByRole('link', { name: 'Notification settings' }).getAttribute('href')).toBe(
      '/settings/notifications',
    );
    expect(screen.queryByRole('group', { name: 'Notify me when' })).toBeNull();
  });
});
