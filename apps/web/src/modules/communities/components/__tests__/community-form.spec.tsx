import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { CommunityForm } from '../community-form';

// The router needs TextEncoder, which jsdom lacks: a stub Link and navigate are enough here.
jest.mock('react-router-dom', () => ({
  Link: ({ to, children, ...rest }: { to: string; children: React.ReactNode }) => (
    <a href={to} {...rest}>
      {children}
    </a>
  ),
  useNavigate: () => jest.fn(),
}));

function renderForm() {
  return render(
    <MockedProvider mocks={[]}>
      <CommunityForm />
    </MockedProvider>,
  );
}

describe('CommunityForm', () => {
  it('pre-selects OPEN, explains each type and warns what RESTRICTED hides', () => {
    renderForm();
    const open = screen.getByRole<HTMLInputElement>('radio', { name: /^Open/ });
    const restricted = screen.getByRole<HTMLInputElement>('radio', { name: /^Restricted/ });
    expect(open.checked).toBe(true);
    expect(screen.getByRole('radio', { name: /^Moderated/ })).toBeTruthy();
    expect(screen.queryByText(/invisible to non-members/)).toBeNull();
    fireEvent.click(restricted);
    expect(restricted.checked).toBe(true);
    expect(screen.getByText(/invisible to non-members/)).toBeTruthy();
  });

  it('suggests the address from the name until it is edited', () => {
    renderForm();
    const name = screen.getByLabelText<HTMLInputElement>(/^Name/);
    const address = screen.getByLabelText<HTMLInputElement>(/^Address/);
    fireEvent.change(name, { target: { value: 'Finance Leads' } });
    expect(address.value).toBe('finance-leads');
    fireEvent.change(address, { target: { value: 'fin' } });
    fireEvent.change(name, { target: { value: 'Finance Leads EU' } });
    expect(address.value).toBe('fin');
  });
});
