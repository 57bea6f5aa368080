import { fireEvent, render, screen } from '@testing-library/react';
import { useShortcut } from '../use-shortcut';

function Harness({ onN }: { onN: () => void }) {
  useShortcut('n', onN);
  return (
    <>
      <button type="button">A button</button>
      <input aria-label="Search" type="search" />
      <textarea aria-label="Text" />
      <input aria-label="Check" type="checkbox" />
    </>
  );
}

describe('useShortcut', () => {
  it('fires outside text fields', () => {
    const onN = jest.fn();
    render(<Harness onN={onN} />);
    fireEvent.keyDown(document.body, { key: 'n' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'A button' }), { key: 'n' });
    fireEvent.keyDown(screen.getByRole('checkbox', { name: 'Check' }), { key: 'n' });
    expect(onN).toHaveBeenCalledTimes(3);
  });

  it('does not fire while typing or with Ctrl, Alt or Meta', () => {
    const onN = jest.fn();
    render(<Harness onN={onN} />);
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search' }), { key: 'n' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Text' }), { key: 'n' });
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'n', metaKey: true });
    fireEvent.keyDown(document.body, { key: 'n', altKey: true });
    fireEvent.keyDown(document.body, { key: 'm' });
    expect(onN).not.toHaveBeenCalled();
  });
});
