import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ViewerContext } from '../../../auth/hooks/viewer-context';
import type { Viewer } from '../../../auth/hooks/use-viewer';
import { ReportContentMutation } from '../../graphql/moderation.operations';
import { ReportButton } from '../report-button';

const viewer = { id: 'me', handle: 'me', displayName: 'Me', role: 'MEMBER' } as Viewer;

const reportMock = {
  request: {
    query: ReportContentMutation,
    variables: {
      input: { targetType: 'POST', targetId: 'p1', reason: 'OTHER', note: 'Leaks the roadmap' },
    },
  },
  result: {
    data: {
      reportContent: {
        __typename: 'ContentReport',
        id: 'r1',
        reason: 'OTHER',
        note: 'Leaks the roadmap',
        created: true,
      },
    },
  },
};

function renderButton(authorId = 'someone-else') {
  return render(
    <ViewerContext.Provider value={viewer}>
      <MockedProvider mocks={[reportMock]}>
        <ReportButton targetType="POST" targetId="p1" authorId={authorId} />
      </MockedProvider>
    </ViewerContext.Provider>,
  );
}

describe('ReportButton', () => {
  it('is not offered on one’s own content', () => {
    renderButton('me');
    expect(screen.queryByRole('button', { name: 'Report' })).toBeNull();
  });

  it('asks for a reason, needs a note for "something else", then thanks quietly', async () => {
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: 'Report' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText('Choose a reason.')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: /^Something else/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText('Say in the note what is wrong.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Note for the moderators/), {
      target: { value: 'Leaks the roadmap' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Thanks, moderators will look at it. We will tell you what they decide.',
      ),
    );
    expect(screen.queryByRole('button', { name: 'Send report' })).toBeNull();
  });
});
