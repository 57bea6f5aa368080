import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { AdminPersonFragment } from '../../../../generated/graphql';
import {
  AssignCommunityOwnerMutation,
  CommunitiesAwaitingOwnerQuery,
  FileCountOfQuery,
  GiveFilesToNewOwnerMutation,
} from '../../graphql/admin.operations';
import { CommunitiesAwaitingOwner } from '../communities-awaiting-owner';
import { FileHandoverDialog } from '../file-handover-dialog';

// jsdom has no <dialog> methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function () {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function () {
    this.removeAttribute('open');
  };
});

const leaver = {
  __typename: 'User',
  id: 'u-ana',
  handle: 'ana',
  displayName: 'Ana Berg',
  department: null,
  role: 'MEMBER',
  status: 'DEACTIVATED',
  isFormerColleague: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  lastActiveAt: null,
} as AdminPersonFragment;

describe('FileHandoverDialog', () => {
  it('says how many files there are and gives them to the handle typed', async () => {
    const outcomes: string[] = [];
    const closed = jest.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: FileCountOfQuery, variables: { userId: 'u-ana' } },
            result: { data: { fileCountOf: 3 } },
          },
          {
            request: {
              query: GiveFilesToNewOwnerMutation,
              variables: { fromUserId: 'u-ana', toHandle: 'bo' },
            },
            result: { data: { giveFilesToNewOwner: 3 } },
          },
        ]}
      >
        <FileHandoverDialog person={leaver} onClose={closed} onOutcome={(m) => outcomes.push(m)} />
      </MockedProvider>,
    );
    expect(await screen.findByText(/Ana Berg owns 3 files\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Give the files' }));
    expect(await screen.findByText('Give the handle of the new owner.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /New owner/ }), {
      target: { value: '@bo' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Give the files' }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(outcomes).toEqual(['3 files of Ana Berg now belong to @bo.']);
  });
});

describe('CommunitiesAwaitingOwner', () => {
  const awaiting = (items: unknown[]) => ({
    request: { query: CommunitiesAwaitingOwnerQuery },
    result: { data: { communitiesAwaitingOwner: items } },
  });
  const lonely = {
    __typename: 'CommunityAwaitingOwner',
    community: {
      __typename: 'Community',
      id: 'c1',
      slug: 'lonely',
      name: 'Lonely lab',
      memberCount: 1,
    },
    formerOwners: [{ __typename: 'User', id: 'u-ana', handle: 'ana', displayName: 'Ana Berg' }],
  };

  it('lists communities whose owners left and assigns a new owner by handle', async () => {
    const outcomes: [string, boolean | undefined][] = [];
    render(
      <MockedProvider
        mocks={[
          awaiting([lonely]),
          {
            request: {
              query: AssignCommunityOwnerMutation,
              variables: { communityId: 'c1', handle: 'fin' },
            },
            result: { data: { assignCommunityOwner: { __typename: 'Community', id: 'c1' } } },
          },
          awaiting([]),
        ]}
      >
        <MemoryRouter>
          <CommunitiesAwaitingOwner onOutcome={(m, failed) => outcomes.push([m, failed])} />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByRole('link', { name: 'Lonely lab' })).toBeTruthy();
    expect(screen.getByText(/1 member · owned by Ana Berg/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /New owner of Lonely lab/ }), {
      target: { value: 'fin' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Make owner' }));
    await waitFor(() => expect(outcomes).toEqual([['@fin now owns Lonely lab.', undefined]]));
    expect(await screen.findByText(/Every community has an active owner/)).toBeTruthy();
  });

  it('has an empty state', async () => {
    render(
      <MockedProvider mocks={[awaiting([])]}>
        <MemoryRouter>
          <CommunitiesAwaitingOwner onOutcome={() => undefined} />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText(/Every community has an active owner/)).toBeTruthy();
  });
});
