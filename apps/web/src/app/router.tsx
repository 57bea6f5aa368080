import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AdminAuditPage } from '../pages/admin-audit-page';
import { AdminPage } from '../pages/admin-page';
import { AdminPeoplePage } from '../pages/admin-people-page';
import { AdminPolicyPage } from '../pages/admin-policy-page';
import { AdminScimPage } from '../pages/admin-scim-page';
import { ApiTokensPage } from '../pages/api-tokens-page';
import { DiscoverPage } from '../pages/discover-page';
import { CommunitiesPage } from '../pages/communities-page';
import { CommunityPage } from '../pages/community-page';
import { EditCommunityPage } from '../pages/edit-community-page';
import { NewCommunityPage } from '../pages/new-community-page';
import { EditProfilePage } from '../pages/edit-profile-page';
import { FilePage } from '../pages/file-page';
import { LibraryPage } from '../pages/library-page';
import { BookmarksPage } from '../pages/bookmarks-page';
import { HomePage } from '../pages/home-page';
import { LogInPage } from '../pages/log-in-page';
import { ModerationPage } from '../pages/moderation-page';
import { NotFoundPage } from '../pages/not-found-page';
import { NotificationSettingsPage } from '../pages/notification-settings-page';
import { NotificationsPage } from '../pages/notifications-page';
import { PolicyPage } from '../pages/policy-page';
import { PostPage } from '../pages/post-page';
import { PreferencesPage } from '../pages/preferences-page';
import { SecurityPage } from '../pages/security-page';
import { ProfilePage } from '../pages/profile-page';
import { QuestionsPage } from '../pages/questions-page';
import { SearchPage } from '../pages/search-page';
import { SignUpPage } from '../pages/sign-up-page';
import { TagPage } from '../pages/tag-page';
import { PublicLayout } from './layout/public-layout';
import { RequireAuth } from './require-auth';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <PublicLayout />,
      children: [
        { path: '/login', element: <LogInPage /> },
        { path: '/signup', element: <SignUpPage /> },
      ],
    },
    {
      element: <RequireAuth />,
      children: [
        { index: true, element: <HomePage /> },
        { path: '/discover', element: <DiscoverPage /> },
        { path: '/questions', element: <QuestionsPage /> },
        { path: '/posts/:id', element: <PostPage /> },
        { path: '/tags/:name', element: <TagPage /> },
        { path: '/communities', element: <CommunitiesPage /> },
        { path: '/communities/new', element: <NewCommunityPage /> },
        { path: '/c/:slug', element: <CommunityPage /> },
        { path: '/c/:slug/edit', element: <EditCommunityPage /> },
        { path: '/library', element: <LibraryPage /> },
        { path: '/library/:id', element: <FilePage /> },
        { path: '/bookmarks', element: <BookmarksPage /> },
        { path: '/search', element: <SearchPage /> },
        { path: '/notifications', element: <NotificationsPage /> },
        { path: '/admin', element: <AdminPage /> },
        { path: '/admin/people', element: <AdminPeoplePage /> },
        { path: '/admin/audit', element: <AdminAuditPage /> },
        { path: '/admin/policy', element: <AdminPolicyPage /> },
        { path: '/admin/provisioning', element: <AdminScimPage /> },
        { path: '/moderation', element: <ModerationPage /> },
        { path: '/policy', element: <PolicyPage /> },
        { path: '/people/:handle', element: <ProfilePage /> },
        { path: '/settings', element: <Navigate to="/settings/profile" replace /> },
        { path: '/settings/profile', element: <EditProfilePage /> },
        { path: '/settings/preferences', element: <PreferencesPage /> },
        { path: '/settings/security', element: <SecurityPage /> },
        { path: '/settings/notifications', element: <NotificationSettingsPage /> },
        { path: '/settings/api-tokens', element: <ApiTokensPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
