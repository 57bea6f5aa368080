import { useTranslation, type ParseKeys } from '@outloud/web-i18n';
import { Dialog } from '@outloud/web-ui';

type ShellKey = ParseKeys<'shell'>;

/** Every shortcut the app offers. Keep in sync with the useShortcut calls. */
export const SHORTCUTS: readonly {
  /** Keys as printed on the keyboard; named keys (Ctrl, Enter, Esc) are translated. */
  keys: readonly (string | { name: ShellKey })[];
  /** Pressed together (the default) or either. */
  either?: boolean;
  description: ShellKey;
}[] = [
  { keys: ['n'], description: 'shortcuts.compose' },
  { keys: ['?'], description: 'shortcuts.help' },
  { keys: ['/'], description: 'shortcuts.search' },
  {
    keys: [{ name: 'shortcuts.keyCtrl' }, { name: 'shortcuts.keyEnter' }],
    description: 'shortcuts.send',
  },
  { keys: ['↑', '↓'], either: true, description: 'shortcuts.mentions' },
  { keys: [{ name: 'shortcuts.keyEsc' }], description: 'shortcuts.escape' },
];

export function KeyboardShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('shell');
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.description}>
            <dt>
              {shortcut.keys.map((key, index) => {
                const label = typeof key === 'string' ? key : t(key.name);
                return (
                  <span key={label}>
                    {index > 0
                      ? t(shortcut.either ? 'shortcuts.either' : 'shortcuts.together')
                      : null}
                    <kbd>{label}</kbd>
                  </span>
                );
              })}
            </dt>
            <dd>{t(shortcut.description)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
