// The interface font ships with the app (no system font decides the layout's widths), and a colour
// emoji font for people's content: machines without one would show empty boxes. Both load only the
// Unicode ranges a page uses.
import '@fontsource-variable/inter/wght.css';
import '@fontsource/noto-color-emoji/index.css';
import './styles/tokens.css';
import './styles/components.css';

export { Alert, type AlertProps, type AlertTone } from './lib/alert';
export { Avatar, type AvatarProps, type AvatarSize } from './lib/avatar';
export {
  Badge,
  Chip,
  ChipList,
  type BadgeProps,
  type BadgeTone,
  type ChipProps,
} from './lib/badge';
export { Button, type ButtonProps, type ButtonVariant } from './lib/button';
export { cx } from './lib/class-names';
export { ConfirmDialog, Dialog, type ConfirmDialogProps, type DialogProps } from './lib/dialog';
export { EmptyState, type EmptyStateProps } from './lib/empty-state';
export { hueOf, initialsOf } from './lib/initials';
export { ProgressBar, clampPercent, type ProgressBarProps } from './lib/progress-bar';
export { Spinner, type SpinnerProps } from './lib/spinner';
export { TextArea, type TextAreaProps } from './lib/text-area';
export { TextField, type TextFieldProps } from './lib/text-field';
export { VisuallyHidden } from './lib/visually-hidden';
export {
  AdminIcon,
  BellIcon,
  BookmarkIcon,
  ChatIcon,
  ChevronDownIcon,
  CloseIcon,
  CommunitiesIcon,
  CompassIcon,
  FilesIcon,
  GlobeIcon,
  HeartIcon,
  HomeIcon,
  KeyboardIcon,
  LockIcon,
  LogOutIcon,
  MonitorIcon,
  MoonIcon,
  MoreIcon,
  QuestionIcon,
  SearchIcon,
  SettingsIcon,
  ShieldIcon,
  SparkIcon,
  StarIcon,
  SunIcon,
  UserIcon,
} from './lib/icons';
