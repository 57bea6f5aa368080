import { Dialog } from '@outloud/web-ui';

/** Every shortcut the app offers. Keep in sync with the useShortcut calls. */
export const SHORTCUTS: readonly {
  keys: readonly string[];
  /** How the keys combine: pressed together (" + ", the default) or either (" or "). */
  separator?: string;
  description: string;
}[] = [
  { keys: ['n'], description: 'Write a new post (on Home, when not typing in a field)' },
  { keys: ['?'], description: 'Show these keyboard shortcuts' },
  { keys: ['/'], description: 'Focus the search box (on Search)' },
  { keys: ['Ctrl', 'Enter'], description: 'Post or send what you are writing (⌘+Enter on a Mac)' },
  {
    keys: ['↑', '↓'],
    separator: ' or ',
    description: 'Move through the @mention list; Enter picks the person',
  },
  { keys: ['Esc'], description: 'Close a dialog or menu, or cancel an edit' },
];

export function KeyboardShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.description}>
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? (shortcut.separator ?? ' + ') : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
