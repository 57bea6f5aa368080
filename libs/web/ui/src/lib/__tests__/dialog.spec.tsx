import { fireEvent, render, screen } from '@testing-library/react';
import { ConfirmDialog, Dialog } from '../dialog';

describe('Dialog', () => {
  it('renders nothing while closed', () => {
    render(<Dialog open={false} title="Keyboard shortcuts" onClose={() => undefined} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is labelled by its title, focuses Close and closes on Escape', () => {
    const onClose = jest.fn();
    render(
      <Dialog open title="Keyboard shortcuts" onClose={onClose}>
        <p>Press n</p>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('gives focus back to the element that opened it', () => {
    function Harness({ open }: { open: boolean }) {
      return (
        <>
          <button type="button">Opener</button>
          <Dialog open={open} title="Help" onClose={() => undefined} />
        </>
      );
    }
    const { rerender } = render(<Harness open={false} />);
    const opener = screen.getByRole('button', { name: 'Opener' });
    opener.focus();
    rerender(<Harness open />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    rerender(<Harness open={false} />);
    expect(document.activeElement).toBe(opener);
  });
});

describe('ConfirmDialog', () => {
  it('is an alert dialog with the safe choice focused first', () => {
    const onConfirm = jest.fn();
    const onCancel = jest.fn();
    render(
      <ConfirmDialog
        open
        title="Delete this post?"
        confirmLabel="Delete post"
        danger
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        <p>Replies stay.</p>
      </ConfirmDialog>,
    );
    screen.getByRole('alertdialog', { name: 'Delete this post?' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete post' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
