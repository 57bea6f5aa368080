import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { SignUpMutation } from '../../graphql/auth.operations';
import { SignUpForm } from '../sign-up-form';

const navigate = jest.fn();
// The form only navigates; a stub keeps the router (which needs TextEncoder) out of jsdom.
jest.mock('react-router-dom', () => ({ useNavigate: () => navigate }));

const input = {
  handle: 'ana',
  displayName: 'Ana Berg',
  email: 'ana@corp.example',
  password: 'quiet river lamp stone',
};

function renderForm(mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <SignUpForm />
    </MockedProvider>,
  );
}

function fill(values: typeof input) {
  fireEvent.change(screen.getByLabelText(/^Handle/), { target: { value: values.handle } });
  fireEvent.change(screen.getByLabelText(/^Display name/), {
    target: { value: values.displayName },
  });
  fireEvent.change(screen.getByLabelText(/^Work e-mail/), { target: { value: values.email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: values.password } });
}

const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

describe('SignUpForm', () => {
  it('checks the shared rules before sending anything', () => {
    renderForm();
    fill({ ...input, handle: '1ana', password: 'short' });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    const handle = screen.getByLabelText(/^Handle/);
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(handle)).toMatch(/start with a letter/);
    expect(describedText(screen.getByLabelText(/^Password/))).toMatch(/at least 10 characters/);
    expect(document.activeElement).toBe(handle);
  });

  it('shows a server field error next to the field it names', async () => {
    renderForm([
      {
        request: { query: SignUpMutation, variables: { input } },
        result: {
          errors: [
            new GraphQLError('That handle is taken.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ path: 'input.handle', message: 'That handle is taken.' }],
              },
            }),
          ],
        },
      },
    ]);
    fill(input);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    });

    const handle = await screen.findByLabelText(/^Handle/);
    await screen.findByText('That handle is taken.');
    expect(describedText(handle)).toMatch(/^That handle is taken\./);
    expect(screen.getByRole('alert').textContent).toMatch(/highlighted fields/);
    expect(navigate).not.toHaveBeenCalled();
  });
});
