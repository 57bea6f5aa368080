import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen } from '@testing-library/react';
import {
  ChangePasswordMutation,
  EndSessionMutation,
  MySessionsQuery,
} from '../../graphql/security.operations';
import { ChangePasswordForm } from '../change-password-form';
import { SessionsList } from '../sessions-list';

const session = (id: string, userAgent: string | null, current: boolean) => ({
  __typename: 'SessionInfo',
  id,
  userAgent,
  current,
  createdAt: '2026-12-01T09:00:00.000Z',
  lastSeenAt: new Date().toISOString(),
});
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const sessions = (list: unknown[]) => ({
  request: { query: MySessionsQuery },
  result: { data: { mySessions: list } },
});

describe('SessionsList', () => {
  it('lists the devices, marks this one, and signs out another', async () => {
    render(
      <MockedProvider
        mocks={[
          sessions([session('s1', FIREFOX, true), session('s2', IPHONE, false)]),
          {
            request: { query: EndSessionMutation, variables: { id: 's2' } },
            result: { data: { endSession: true } },
          },
          sessions([session('s1', FIREFOX, true)]),
        ]}
      >
        <SessionsList />
      </MockedProvider>,
    );
    expect(await screen.findByText(/Firefox on Linux/)).toBeTruthy();
    expect(screen.getByText('This device')).toBeTruthy();
    // Only the other device can be signed out from here.
    expect(screen.getAllByRole('button', { name: /^Sign out/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out Safari on iOS' }));
    expect(await screen.findByText('Signed out Safari on iOS.')).toBeTruthy();
    expect(screen.queryByText(/Safari on iOS$/)).toBeNull();
  });
});

describe('ChangePasswordForm', () => {
  const change = (currentPassword: string, newPassword: string) => ({
    request: {
      query: ChangePasswordMutation,
      variables: { input: { currentPassword, newPassword } },
    },
  });

  function fill(current: string, next: string) {
    fireEvent.change(screen.getByLabelText('Current password'), { target: { value: current } });
    fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: next } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
  }

  it('shows a wrong current password next to its field', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            ...change('nope', 'a brand new passphrase'),
            result: {
              errors: [
                new GraphQLError('The current password is not right.', {
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: [
                      { path: 'currentPassword', message: 'The current password is not right.' },
                    ],
                  },
                }),
              ],
            },
          },
        ]}
      >
        <ChangePasswordForm />
      </MockedProvider>,
    );
    fill('nope', 'a brand new passphrase');
    expect(await screen.findByText('The current password is not right.')).toBeTruthy();
    expect(screen.getByLabelText('Current password').getAttribute('aria-invalid')).toBe('true');
  });

  it('says how many other sessions were signed out', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            ...change('old passphrase', 'a brand new passphrase'),
            result: { data: { changePassword: 2 } },
          },
          sessions([]),
        ]}
      >
        <ChangePasswordForm />
      </MockedProvider>,
    );
    fill('old passphrase', 'a brand new passphrase');
    expect(
      await screen.findByText('Password changed; 2 other sessions were signed out.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe('');
  });
});
