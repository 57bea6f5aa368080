import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { AvatarChange } from '../../utils/profile-form';
import { AvatarPicker } from '../avatar-picker';
import { CommunityImagePicker } from '../../../communities/components/community-image-picker';

/** The one picker behind avatars and community images: checks, removal, undo where offered. */
function Harness({
  kind,
  currentUrl,
}: {
  kind: 'avatar' | 'community';
  currentUrl: string | null;
}) {
  const [change, setChange] = useState<AvatarChange>({ kind: 'unchanged' });
  const Picker = kind === 'avatar' ? AvatarPicker : CommunityImagePicker;
  return (
    <>
      <Picker name="Ana" currentUrl={currentUrl} change={change} onChange={setChange} />
      <output data-testid="change">{change.kind}</output>
    </>
  );
}

const choose = (file: File) =>
  fireEvent.change(document.querySelector('input[type=file]')!, { target: { files: [file] } });

describe('profile image pickers', () => {
  it.each([
    ['avatar', 'photos can'],
    ['community', 'images can'],
  ] as const)('refuses a file that is too large for %s, worded for it', async (kind, words) => {
    render(<Harness kind={kind} currentUrl={null} />);
    choose(new File([new Uint8Array(300 * 1024)], 'big.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toContain(words);
    expect(screen.getByTestId('change').textContent).toBe('unchanged');
  });

  it('removes a current image; only the avatar offers to undo', () => {
    const { unmount } = render(<Harness kind="avatar" currentUrl="/a.png" />);
    fireEvent.click(screen.getByRole('button', { name: /remove/i }));
    expect(screen.getByTestId('change').textContent).toBe('removed');
    fireEvent.click(screen.getByRole('button', { name: /undo/i }));
    expect(screen.getByTestId('change').textContent).toBe('unchanged');
    unmount();

    render(<Harness kind="community" currentUrl="/c.png" />);
    fireEvent.click(screen.getByRole('button', { name: /remove/i }));
    expect(screen.getByTestId('change').textContent).toBe('removed');
    expect(screen.queryByRole('button', { name: /undo/i })).toBeNull();
  });

  it('names the file input for its form and points it at its hint', () => {
    render(<Harness kind="community" currentUrl={null} />);
    const input = document.querySelector('input[type=file]')!;
    expect(input.getAttribute('name')).toBe('image');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)).not.toBeNull();
  });
});
