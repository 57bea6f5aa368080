import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { MyCommunitiesQuery } from '../../../communities/graphql/communities.operations';
import { ContentPolicyQuery } from '../../../policy/graphql/policy.operations';
import { uploadFile } from '../../utils/upload';
import { FileList } from '../file-list';
import { UploadForm } from '../upload-form';
import type { FileSummaryFragment } from '../../../../generated/graphql';

jest.mock('../../utils/upload', () => ({
  ...jest.requireActual('../../utils/upload'),
  uploadFile: jest.fn(),
}));
const upload = uploadFile as jest.MockedFunction<typeof uploadFile>;

const communities = {
  request: { query: MyCommunitiesQuery },
  result: {
    data: {
      communities: {
        __typename: 'CommunityConnection',
        nodes: [
          {
            __typename: 'Community',
            id: 'c1',
            slug: 'board',
            name: 'Board room',
            type: 'RESTRICTED',
            memberCount: 4,
          },
        ],
      },
    },
  },
};

const policy = {
  request: { query: ContentPolicyQuery },
  result: {
    data: {
      contentPolicy: {
        __typename: 'ContentPolicyStatus',
        mustAcknowledge: false,
        viewerAcknowledgedVersion: null,
        current: null,
      },
    },
  },
  maxUsageCount: 5,
};

function renderForm() {
  return render(
    <MockedProvider mocks={[communities, policy]}>
      <MemoryRouter>
        <UploadForm onUploaded={() => undefined} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('UploadForm', () => {
  beforeEach(() => upload.mockReset());

  it('has one file control: the "choose a file" link, the input out of sight', () => {
    const { container } = renderForm();
    const input = screen.getByLabelText('choose a file');
    expect(container.querySelectorAll('input[type="file"]')).toHaveLength(1);
    expect(input.className).toContain('ol-visually-hidden');
  });

  it('places the new file in a community the person chose, with its tags', async () => {
    upload.mockResolvedValue({ id: 'f1', name: 'minutes.pdf' } as never);
    renderForm();
    const place = screen.getByLabelText('Place in');
    await screen.findByRole('option', { name: 'Board room (restricted: members only)' });
    fireEvent.change(place, { target: { value: 'c1' } });
    fireEvent.change(screen.getByLabelText('Tags'), { target: { value: 'board, minutes' } });
    fireEvent.change(screen.getByLabelText('choose a file'), {
      target: { files: [new File(['x'], 'minutes.pdf', { type: 'application/pdf' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(upload).toHaveBeenCalled());
    expect(upload.mock.calls[0][0].fields).toEqual({
      description: '',
      tags: 'board, minutes',
      communityId: 'c1',
    });
  });
});

describe('FileList', () => {
  it('shows the tags given at upload', () => {
    const file = {
      id: 'f1',
      name: 'minutes.pdf',
      sizeBytes: 1024,
      version: 1,
      downloadCount: 0,
      likeCount: 0,
      tags: ['board', 'minutes'],
      owner: null,
      community: null,
    } as unknown as FileSummaryFragment;
    render(
      <MemoryRouter>
        <FileList files={[file]} label="Files" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('list', { name: 'Tags' }).textContent).toBe('#board#minutes');
  });
});
