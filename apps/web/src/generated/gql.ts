/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminPerson on User {\n    id\n    handle\n    displayName\n    department\n    role\n    status\n    isFormerColleague\n    createdAt\n    lastActiveAt\n  }\n": typeof types.AdminPersonFragmentDoc,
    "\n  query AdminPeople($filter: PeopleFilter, $after: String) {\n    people(filter: $filter, first: 50, after: $after) {\n      nodes {\n        ...AdminPerson\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminPeopleDocument,
    "\n  query PeopleDepartments {\n    peopleDepartments\n  }\n": typeof types.PeopleDepartmentsDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: UserRole!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...AdminPerson\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation DeactivateUser($userId: ID!, $reason: String) {\n    deactivateUser(userId: $userId, reason: $reason) {\n      ...AdminPerson\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...AdminPerson\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        occurredAt\n        actorType\n        actorLabel\n        action\n        targetType\n        targetId\n        reason\n        before\n        after\n        requestId\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query FileCountOf($userId: ID!) {\n    fileCountOf(userId: $userId)\n  }\n": typeof types.FileCountOfDocument,
    "\n  mutation GiveFilesToNewOwner($fromUserId: ID!, $toHandle: String!) {\n    giveFilesToNewOwner(fromUserId: $fromUserId, toHandle: $toHandle)\n  }\n": typeof types.GiveFilesToNewOwnerDocument,
    "\n  query CommunitiesAwaitingOwner {\n    communitiesAwaitingOwner {\n      community {\n        id\n        slug\n        name\n        memberCount\n      }\n      formerOwners {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n": typeof types.CommunitiesAwaitingOwnerDocument,
    "\n  mutation AssignCommunityOwner($communityId: ID!, $handle: String!) {\n    assignCommunityOwner(communityId: $communityId, handle: $handle) {\n      id\n    }\n  }\n": typeof types.AssignCommunityOwnerDocument,
    "\n  query AdoptionAnalytics($input: AnalyticsRangeInput) {\n    adoptionAnalytics(input: $input) {\n      from\n      to\n      days\n      previousFrom\n      previousTo\n      department\n      community {\n        id\n        slug\n        name\n      }\n      series {\n        date\n        activePeople\n        posts\n        questions\n        replies\n      }\n      totals {\n        activePeople\n        posts\n        questions\n        replies\n        likes\n        acceptedAnswers\n      }\n      previousTotals {\n        activePeople\n        posts\n        questions\n        replies\n        likes\n        acceptedAnswers\n      }\n      participation {\n        activeAccounts\n        activePeople\n        activeShare\n        posters\n        reactors\n        readers\n      }\n      answering {\n        ...AnsweringFields\n      }\n      previousAnswering {\n        ...AnsweringFields\n      }\n      unanswered {\n        questions {\n          postId\n          askedAt\n          excerpt\n          asker {\n            ...AnalyticsPerson\n          }\n          community {\n            id\n            slug\n            name\n          }\n          nudge {\n            ...AnalyticsPerson\n          }\n        }\n        total\n        hiddenCount\n      }\n      heatmap {\n        timeZone\n        cells {\n          weekday\n          hour\n          count\n        }\n      }\n      topContributors {\n        user {\n          id\n          handle\n          displayName\n        }\n        acceptedAnswers\n        replies\n        posts\n      }\n      communities {\n        id\n        slug\n        name\n        type\n        memberCount\n        posts\n        replies\n        activeMembers\n        lastActivityAt\n        isDormant\n        questions\n        answeredQuestions\n        answerRate\n        firstAnswerMedianMinutes\n      }\n      departments {\n        kind\n        name\n        departments\n        people\n        creators\n        contributors\n        readers\n        activeLast30\n        adoptionShare\n      }\n      stickiness {\n        dailyActive\n        monthlyActive\n        ratio\n      }\n      openness {\n        posts\n        openPosts\n        restrictedPosts\n        openPostShare\n        questions\n        openQuestions\n        restrictedQuestions\n        openQuestionShare\n      }\n      communityCount\n      hiddenCommunityCount\n      knowledgeReuse {\n        ...KnowledgeReuseFields\n      }\n    }\n  }\n\n  fragment AnsweringFields on AnalyticsAnswering {\n    questions\n    answered\n    accepted\n    answeredShare\n    acceptedShare\n    answeredWithinDay\n    askedDayAgo\n    answeredWithinDayShare\n    answeredWithinWeek\n    askedWeekAgo\n    answeredWithinWeekShare\n    firstReplyMedianMinutes\n    firstReplyP90Minutes\n    acceptedMedianMinutes\n    acceptedP90Minutes\n  }\n\n  fragment AnalyticsPerson on User {\n    id\n    handle\n    displayName\n  }\n": typeof types.AdoptionAnalyticsDocument,
    "\n  mutation SetOrganisationTimeZone($timeZone: String!) {\n    setOrganisationTimeZone(timeZone: $timeZone) {\n      timeZone\n    }\n  }\n": typeof types.SetOrganisationTimeZoneDocument,
    "\n  query AnalyticsFilterOptions {\n    peopleDepartments\n    communities(sort: NAME, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AnalyticsFilterOptionsDocument,
    "\n  query RoutingOutcomes($days: Int!) {\n    routingOutcomes(days: $days) {\n      routed\n      questions\n      answered\n      medianHoursToFirstAnswer\n      mentionedSuggested\n    }\n  }\n": typeof types.RoutingOutcomesDocument,
    "\n  query RoutingSettings {\n    routingSettings {\n      enabled\n      delayWorkingHours\n      dailyCap\n      peoplePerRound\n      workdayStartHour\n      workdayEndHour\n      timeZone\n    }\n  }\n": typeof types.RoutingSettingsDocument,
    "\n  mutation SetRoutingSettings($input: RoutingSettingsInput!) {\n    setRoutingSettings(input: $input) {\n      enabled\n      delayWorkingHours\n      dailyCap\n      peoplePerRound\n      workdayStartHour\n      workdayEndHour\n      timeZone\n    }\n  }\n": typeof types.SetRoutingSettingsDocument,
    "\n  fragment KnowledgeReuseFields on AnalyticsKnowledgeReuse {\n    totals {\n      views\n      searchClicks\n      questions\n    }\n    previousTotals {\n      views\n      searchClicks\n      questions\n    }\n    change\n    series {\n      date\n      views\n      searchClicks\n    }\n    topQuestions {\n      postId\n      excerpt\n      community {\n        id\n        slug\n        name\n      }\n      views\n      searchClicks\n    }\n    hidden {\n      questions\n      views\n      searchClicks\n    }\n    contentGaps {\n      top {\n        query\n        searches\n      }\n      texts\n      textsBelowThreshold\n      minSearches\n      emptySearches\n      previousEmptySearches\n    }\n    departmentFilterApplies\n  }\n": typeof types.KnowledgeReuseFieldsFragmentDoc,
    "\n  mutation RecordQuestionUse($postId: ID!, $via: QuestionUseKind!) {\n    recordQuestionUse(postId: $postId, via: $via)\n  }\n": typeof types.RecordQuestionUseDocument,
    "\n  mutation RecordEmptySearch($query: String!) {\n    recordEmptySearch(query: $query)\n  }\n": typeof types.RecordEmptySearchDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      locale\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n      passwordLogin\n    }\n  }\n": typeof types.InstanceSettingsDocument,
    "\n  query SsoSignIn {\n    ssoSignIn {\n      providerName\n      loginUrl\n      available\n      problem\n    }\n  }\n": typeof types.SsoSignInDocument,
    "\n  mutation LogOutWithProvider {\n    logOutWithProvider {\n      providerLogoutUrl\n    }\n  }\n": typeof types.LogOutWithProviderDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        locale\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        locale\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  fragment BookmarkFields on Bookmark {\n    id\n    title\n    description\n    url\n    postId\n    targetKind\n    tags\n    isPrivate\n    savedByCount\n    viewerHasBookmarked\n    createdAt\n    file {\n      id\n      name\n    }\n    owner {\n      id\n      handle\n      displayName\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n": typeof types.BookmarkFieldsFragmentDoc,
    "\n  query Bookmarks($ownerHandle: String, $tag: String, $first: Int, $after: String) {\n    bookmarks(ownerHandle: $ownerHandle, tag: $tag, first: $first, after: $after) {\n      nodes {\n        ...BookmarkFields\n        alsoSavedBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BookmarksDocument,
    "\n  query PopularBookmarks($tag: String, $limit: Int) {\n    popularBookmarks(tag: $tag, limit: $limit) {\n      saveCount\n      bookmark {\n        ...BookmarkFields\n      }\n    }\n  }\n": typeof types.PopularBookmarksDocument,
    "\n  query BookmarkedBy($url: String!) {\n    bookmarkedBy(url: $url) {\n      id\n      handle\n      displayName\n    }\n  }\n": typeof types.BookmarkedByDocument,
    "\n  mutation CreateBookmark($input: CreateBookmarkInput!, $idempotencyKey: String) {\n    createBookmark(input: $input, idempotencyKey: $idempotencyKey) {\n      ...BookmarkFields\n    }\n  }\n": typeof types.CreateBookmarkDocument,
    "\n  mutation DeleteBookmark($id: ID!) {\n    deleteBookmark(id: $id)\n  }\n": typeof types.DeleteBookmarkDocument,
    "\n  mutation DeleteBookmarkOf($target: BookmarkTargetInput!) {\n    deleteBookmarkOf(target: $target)\n  }\n": typeof types.DeleteBookmarkOfDocument,
    "\n  fragment CommunityCard on Community {\n    id\n    slug\n    name\n    description\n    imageUrl\n    tags\n    type\n    memberCount\n    lastActivityAt\n    isDormant\n    viewerMembership {\n      role\n      state\n    }\n  }\n": typeof types.CommunityCardFragmentDoc,
    "\n  fragment CommunityMemberFields on CommunityMember {\n    role\n    state\n    since\n    user {\n      ...PostAuthor\n    }\n  }\n": typeof types.CommunityMemberFieldsFragmentDoc,
    "\n  query Communities(\n    $query: String\n    $tag: String\n    $mine: Boolean\n    $sort: CommunitySort\n    $after: String\n  ) {\n    communities(query: $query, tag: $tag, mine: $mine, sort: $sort, first: 24, after: $after) {\n      nodes {\n        ...CommunityCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  query MyCommunities {\n    communities(mine: true, sort: NAME, first: 100) {\n      nodes {\n        id\n        slug\n        name\n        type\n        memberCount\n      }\n    }\n  }\n": typeof types.MyCommunitiesDocument,
    "\n  query CommunityPage($slug: String!, $after: String) {\n    community(slug: $slug) {\n      ...CommunityCard\n      createdAt\n      pinnedPosts(first: 10) {\n        nodes {\n          ...PostCard\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n      unansweredQuestions(first: 5) {\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      members(first: 100) {\n        nodes {\n          ...CommunityMemberFields\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      joinRequests(first: 100) {\n        nodes {\n          ...CommunityMemberFields\n        }\n      }\n    }\n  }\n": typeof types.CommunityPageDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityCard\n    }\n  }\n": typeof types.CreateCommunityDocument,
    "\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) {\n      ...CommunityCard\n    }\n  }\n": typeof types.UpdateCommunityDocument,
    "\n  mutation JoinCommunity($id: ID!) {\n    joinCommunity(id: $id) {\n      role\n      state\n    }\n  }\n": typeof types.JoinCommunityDocument,
    "\n  mutation LeaveCommunity($id: ID!) {\n    leaveCommunity(id: $id)\n  }\n": typeof types.LeaveCommunityDocument,
    "\n  mutation ApproveJoinRequest($communityId: ID!, $userId: ID!) {\n    approveJoinRequest(communityId: $communityId, userId: $userId)\n  }\n": typeof types.ApproveJoinRequestDocument,
    "\n  mutation RejectJoinRequest($communityId: ID!, $userId: ID!) {\n    rejectJoinRequest(communityId: $communityId, userId: $userId)\n  }\n": typeof types.RejectJoinRequestDocument,
    "\n  mutation InviteToCommunity($communityId: ID!, $handle: String!) {\n    inviteToCommunity(communityId: $communityId, handle: $handle) {\n      role\n      state\n    }\n  }\n": typeof types.InviteToCommunityDocument,
    "\n  mutation RemoveCommunityMember($communityId: ID!, $userId: ID!) {\n    removeCommunityMember(communityId: $communityId, userId: $userId)\n  }\n": typeof types.RemoveCommunityMemberDocument,
    "\n  mutation SetCommunityRole($communityId: ID!, $userId: ID!, $role: MembershipRole!) {\n    setCommunityRole(communityId: $communityId, userId: $userId, role: $role) {\n      role\n      state\n    }\n  }\n": typeof types.SetCommunityRoleDocument,
    "\n  mutation PinPost($id: ID!) {\n    pinPost(id: $id) {\n      id\n    }\n  }\n": typeof types.PinPostDocument,
    "\n  mutation UnpinPost($id: ID!) {\n    unpinPost(id: $id) {\n      id\n    }\n  }\n": typeof types.UnpinPostDocument,
    "\n  fragment FileSummary on File {\n    id\n    name\n    description\n    mimeType\n    sizeBytes\n    version\n    likeCount\n    commentCount\n    downloadCount\n    viewerHasLiked\n    updatedAt\n    tags\n    owner {\n      id\n      handle\n      displayName\n      isFormerColleague\n    }\n    community {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.FileSummaryFragmentDoc,
    "\n  query MyFiles($ownerHandle: String, $communityId: ID, $first: Int, $after: String) {\n    files(ownerHandle: $ownerHandle, communityId: $communityId, first: $first, after: $after) {\n      nodes {\n        ...FileSummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyFilesDocument,
    "\n  query PopularFiles($by: FilePopularity!, $communityId: ID, $limit: Int) {\n    popularFiles(by: $by, communityId: $communityId, limit: $limit) {\n      ...FileSummary\n    }\n  }\n": typeof types.PopularFilesDocument,
    "\n  query FilePage($id: ID!) {\n    file(id: $id) {\n      ...FileSummary\n      downloadUrl\n      previewUrl\n      viewerHasBookmarked\n      downloaderCount\n      isPreviewable\n      createdAt\n      sha256\n      versions {\n        version\n        name\n        mimeType\n        sizeBytes\n        createdAt\n        downloadUrl\n        uploadedBy {\n          id\n          displayName\n          isFormerColleague\n        }\n      }\n      moderation {\n        ...ContentModerationFields\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          handle\n          displayName\n        }\n        moderation {\n          ...ContentModerationFields\n        }\n      }\n    }\n  }\n": typeof types.FilePageDocument,
    "\n  mutation LikeFile($id: ID!) {\n    likeFile(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.LikeFileDocument,
    "\n  mutation UnlikeFile($id: ID!) {\n    unlikeFile(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.UnlikeFileDocument,
    "\n  mutation CommentOnFile($fileId: ID!, $body: String!) {\n    commentOnFile(fileId: $fileId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n": typeof types.CommentOnFileDocument,
    "\n  fragment ContentModerationFields on ContentModeration {\n    itemId\n    state\n    reason\n    automatic\n    hiddenAt\n    reviewRequestedAt\n  }\n": typeof types.ContentModerationFieldsFragmentDoc,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      reason\n      note\n      created\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  mutation RequestModerationReview($itemId: ID!, $note: String) {\n    requestModerationReview(itemId: $itemId, note: $note) {\n      ...ContentModerationFields\n    }\n  }\n": typeof types.RequestModerationReviewDocument,
    "\n  query ModerationQueueCount {\n    moderationQueueCount\n  }\n": typeof types.ModerationQueueCountDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    targetType\n    targetId\n    state\n    queuedAt\n    hiddenAt\n    hiddenReason\n    reviewRequestedAt\n    reviewNote\n    reportCount\n    excerpt\n    reasons {\n      reason\n      count\n    }\n    notes {\n      reason\n      note\n      createdAt\n    }\n    author {\n      id\n      handle\n      displayName\n    }\n    authorHistory {\n      everHidden\n      stillHidden\n      deleted\n    }\n    post {\n      id\n      bodyHtml\n      isDeleted\n      author {\n        id\n        displayName\n      }\n      community {\n        id\n        name\n      }\n      replyCount\n      replies(first: 10) {\n        nodes {\n          id\n          bodyHtml\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    reply {\n      id\n      bodyHtml\n    }\n    file {\n      id\n      name\n    }\n    profile {\n      id\n      handle\n      displayName\n    }\n  }\n": typeof types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      nodes {\n        ...ModerationItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation HideContent($itemId: ID!, $reason: String!) {\n    hideContent(itemId: $itemId, reason: $reason) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.HideContentDocument,
    "\n  mutation RestoreContent($itemId: ID!, $note: String) {\n    restoreContent(itemId: $itemId, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.RestoreContentDocument,
    "\n  mutation DismissReports($itemId: ID!, $note: String) {\n    dismissReports(itemId: $itemId, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.DismissReportsDocument,
    "\n  mutation DeleteContent($itemId: ID!, $reason: String!) {\n    deleteContent(itemId: $itemId, reason: $reason) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.DeleteContentDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    postId\n    replyId\n    excerpt\n    read\n    actorCount\n    questionCount\n    actors {\n      id\n      handle\n      displayName\n    }\n    moderation {\n      itemId\n      targetType\n      targetId\n      postId\n      fileId\n      outcome\n      reason\n      automatic\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query NotificationsSince($afterId: ID!) {\n    notificationsSince(afterId: $afterId, first: 200) {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationsSinceDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      type\n      enabled\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($type: NotificationType!, $enabled: Boolean!) {\n    setNotificationPreference(type: $type, enabled: $enabled) {\n      type\n      enabled\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query EmailDigest {\n    emailDigest {\n      enabled\n      available\n    }\n  }\n": typeof types.EmailDigestDocument,
    "\n  mutation SetEmailDigest($enabled: Boolean!) {\n    setEmailDigest(enabled: $enabled) {\n      enabled\n      available\n    }\n  }\n": typeof types.SetEmailDigestDocument,
    "\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n      moderation {\n        ...ContentModerationFields\n      }\n      knownFor(first: 5) {\n        ...KnownForFields\n      }\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  fragment KnownForFields on KnownForTopic {\n    topic\n    tag\n    because {\n      kind\n      count\n      topic\n      lastAt\n    }\n    evidence {\n      kind\n      postId\n      fileId\n      title\n    }\n  }\n": typeof types.KnownForFieldsFragmentDoc,
    "\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": typeof types.EditableProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query ContentPolicy {\n    contentPolicy {\n      mustAcknowledge\n      viewerAcknowledgedVersion\n      current {\n        version\n        html\n        changeNote\n        publishedAt\n      }\n    }\n  }\n": typeof types.ContentPolicyDocument,
    "\n  mutation AcknowledgeContentPolicy($version: Int!) {\n    acknowledgeContentPolicy(version: $version) {\n      mustAcknowledge\n      viewerAcknowledgedVersion\n      current {\n        version\n        html\n        changeNote\n        publishedAt\n      }\n    }\n  }\n": typeof types.AcknowledgeContentPolicyDocument,
    "\n  query ContentPolicyVersions {\n    contentPolicyVersions {\n      version\n      markdown\n      changeNote\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n      diff {\n        kind\n        text\n      }\n      acknowledgements {\n        acknowledged\n        people\n        share\n        byDepartment {\n          department\n          acknowledged\n          people\n        }\n      }\n    }\n  }\n": typeof types.ContentPolicyVersionsDocument,
    "\n  mutation PublishContentPolicy($input: PublishContentPolicyInput!) {\n    publishContentPolicy(input: $input) {\n      version\n    }\n  }\n": typeof types.PublishContentPolicyDocument,
    "\n  query LiveReplies($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      replyCount\n      replies(first: 50, after: $after) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.LiveRepliesDocument,
    "\n  query LiveAcceptedAnswer($id: ID!) {\n    post(id: $id) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n": typeof types.LiveAcceptedAnswerDocument,
    "\n  query Search(\n    $query: String!\n    $types: [SearchType!]\n    $filters: SearchFilters\n    $first: Int\n    $after: String\n    $literal: Boolean\n  ) {\n    search(\n      query: $query\n      types: $types\n      filters: $filters\n      first: $first\n      after: $after\n      literal: $literal\n    ) {\n      totalCount\n      correctedQuery\n      corrections {\n        original\n        corrected\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n      nodes {\n        type\n        score\n        highlight\n        highlights {\n          field\n          html\n        }\n        post {\n          id\n          createdAt\n          isQuestion\n          isAnswered\n          replyCount\n          likeCount\n          tags\n          author {\n            id\n            handle\n            displayName\n            avatarUrl\n          }\n          community {\n            id\n            slug\n            name\n          }\n        }\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          jobTitle\n          department\n        }\n        file {\n          id\n          name\n          mimeType\n          tags\n          createdAt\n          owner {\n            id\n            displayName\n          }\n        }\n        bookmark {\n          id\n          title\n          url\n          postId\n          targetKind\n          isPrivate\n          tags\n          createdAt\n          file {\n            id\n          }\n          owner {\n            id\n            handle\n            displayName\n          }\n        }\n        community {\n          id\n          slug\n          name\n          type\n          memberCount\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SimilarQuestions($draft: String!, $first: Int) {\n    similarQuestions(draft: $draft, first: $first) {\n      id\n      bodyText: body\n      replyCount\n    }\n    suggestedExperts(draft: $draft, first: $first) {\n      user {\n        id\n        handle\n        displayName\n      }\n      because {\n        kind\n        count\n        topic\n        lastAt\n      }\n    }\n  }\n": typeof types.SimilarQuestionsDocument,
    "\n  query PeopleWhoKnow($topic: String!, $first: Int) {\n    peopleWhoKnow(topic: $topic, first: $first) {\n      user {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n      because {\n        kind\n        count\n        topic\n        lastAt\n      }\n    }\n  }\n": typeof types.PeopleWhoKnowDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SaveLocale($locale: String) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.SaveLocaleDocument,
    "\n  fragment PostAuthor on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    jobTitle\n    isFormerColleague\n  }\n": typeof types.PostAuthorFragmentDoc,
    "\n  fragment PostCard on Post {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    isQuestion\n    isAnswered\n    likeCount\n    viewerHasLiked\n    viewerHasBookmarked\n    replyCount\n    tags\n    audienceLabel\n    community {\n      id\n      slug\n      name\n    }\n    author {\n      ...PostAuthor\n    }\n    board {\n      id\n      handle\n      displayName\n    }\n    mentions {\n      id\n      handle\n      displayName\n      isFormerColleague\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n": typeof types.PostCardFragmentDoc,
    "\n  fragment ReplyFields on Reply {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    likeCount\n    viewerHasLiked\n    author {\n      ...PostAuthor\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n": typeof types.ReplyFieldsFragmentDoc,
    "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      edges {\n        cursor\n        reasons {\n          kind\n          label\n        }\n        node {\n          ...PostCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.HomeFeedDocument,
    "\n  query Discover($after: String) {\n    discover(first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DiscoverDocument,
    "\n  query Questions($status: QuestionStatus, $tag: String, $after: String) {\n    questions(status: $status, tag: $tag, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.QuestionsDocument,
    "\n  query TagPage($name: String!, $after: String) {\n    tag(name: $name) {\n      name\n      postCount\n      followerCount\n      viewerFollows\n    }\n    taggedPosts(tag: $name, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TagPageDocument,
    "\n  query UserBoard($handle: String!, $after: String) {\n    user(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n      board(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.UserBoardDocument,
    "\n  query PostPage($id: ID!, $after: String) {\n    post(id: $id) {\n      ...PostCard\n      body\n      routedTo\n      revisions {\n        body\n        createdAt\n      }\n      acceptedAnswer {\n        ...ReplyFields\n      }\n      replies(first: 20, after: $after) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.PostPageDocument,
    "\n  query TrendingTags {\n    trendingTags(limit: 8) {\n      name\n      postCount\n    }\n  }\n": typeof types.TrendingTagsDocument,
    "\n  query MentionCandidates($query: String!) {\n    users(query: $query, first: 6) {\n      nodes {\n        ...PostAuthor\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  mutation CreatePost($input: CreatePostInput!, $idempotencyKey: String) {\n    createPost(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PostCard\n      mentionedWhoCannotSee {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation CreateReply($postId: ID!, $input: ReplyInput!, $idempotencyKey: String) {\n    createReply(postId: $postId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReplyFields\n    }\n  }\n": typeof types.CreateReplyDocument,
    "\n  mutation AcceptAnswer($postId: ID!, $replyId: ID!) {\n    acceptAnswer(postId: $postId, replyId: $replyId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation ClearAcceptedAnswer($postId: ID!) {\n    clearAcceptedAnswer(postId: $postId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": typeof types.ClearAcceptedAnswerDocument,
    "\n  mutation LikePost($id: ID!) {\n    likePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.LikePostDocument,
    "\n  mutation UnlikePost($id: ID!) {\n    unlikePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.UnlikePostDocument,
    "\n  mutation FollowTag($name: String!) {\n    followTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.FollowTagDocument,
    "\n  mutation UnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowTagDocument,
    "\n  mutation FollowUser($handle: String!) {\n    followUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.FollowUserDocument,
    "\n  mutation UnfollowUser($handle: String!) {\n    unfollowUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowUserDocument,
    "\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) {\n      ...PostCard\n      body\n      revisions {\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostCard\n      body\n      revisions {\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation EditReply($id: ID!, $input: ReplyInput!) {\n    editReply(id: $id, input: $input) {\n      ...ReplyFields\n    }\n  }\n": typeof types.EditReplyDocument,
    "\n  mutation DeleteReply($id: ID!) {\n    deleteReply(id: $id) {\n      ...ReplyFields\n    }\n  }\n": typeof types.DeleteReplyDocument,
    "\n  mutation LikeReply($id: ID!) {\n    likeReply(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.LikeReplyDocument,
    "\n  mutation UnlikeReply($id: ID!) {\n    unlikeReply(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.UnlikeReplyDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment ScimTokenFields on ScimToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ScimTokenFieldsFragmentDoc,
    "\n  query ScimTokens {\n    scimTokens {\n      ...ScimTokenFields\n    }\n  }\n": typeof types.ScimTokensDocument,
    "\n  mutation CreateScimToken($name: String!) {\n    createScimToken(name: $name) {\n      token\n      scimToken {\n        ...ScimTokenFields\n      }\n    }\n  }\n": typeof types.CreateScimTokenDocument,
    "\n  mutation RevokeScimToken($id: ID!) {\n    revokeScimToken(id: $id) {\n      ...ScimTokenFields\n    }\n  }\n": typeof types.RevokeScimTokenDocument,
};
const documents: Documents = {
    "\n  fragment AdminPerson on User {\n    id\n    handle\n    displayName\n    department\n    role\n    status\n    isFormerColleague\n    createdAt\n    lastActiveAt\n  }\n": types.AdminPersonFragmentDoc,
    "\n  query AdminPeople($filter: PeopleFilter, $after: String) {\n    people(filter: $filter, first: 50, after: $after) {\n      nodes {\n        ...AdminPerson\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminPeopleDocument,
    "\n  query PeopleDepartments {\n    peopleDepartments\n  }\n": types.PeopleDepartmentsDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: UserRole!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...AdminPerson\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation DeactivateUser($userId: ID!, $reason: String) {\n    deactivateUser(userId: $userId, reason: $reason) {\n      ...AdminPerson\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...AdminPerson\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        occurredAt\n        actorType\n        actorLabel\n        action\n        targetType\n        targetId\n        reason\n        before\n        after\n        requestId\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query FileCountOf($userId: ID!) {\n    fileCountOf(userId: $userId)\n  }\n": types.FileCountOfDocument,
    "\n  mutation GiveFilesToNewOwner($fromUserId: ID!, $toHandle: String!) {\n    giveFilesToNewOwner(fromUserId: $fromUserId, toHandle: $toHandle)\n  }\n": types.GiveFilesToNewOwnerDocument,
    "\n  query CommunitiesAwaitingOwner {\n    communitiesAwaitingOwner {\n      community {\n        id\n        slug\n        name\n        memberCount\n      }\n      formerOwners {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n": types.CommunitiesAwaitingOwnerDocument,
    "\n  mutation AssignCommunityOwner($communityId: ID!, $handle: String!) {\n    assignCommunityOwner(communityId: $communityId, handle: $handle) {\n      id\n    }\n  }\n": types.AssignCommunityOwnerDocument,
    "\n  query AdoptionAnalytics($input: AnalyticsRangeInput) {\n    adoptionAnalytics(input: $input) {\n      from\n      to\n      days\n      previousFrom\n      previousTo\n      department\n      community {\n        id\n        slug\n        name\n      }\n      series {\n        date\n        activePeople\n        posts\n        questions\n        replies\n      }\n      totals {\n        activePeople\n        posts\n        questions\n        replies\n        likes\n        acceptedAnswers\n      }\n      previousTotals {\n        activePeople\n        posts\n        questions\n        replies\n        likes\n        acceptedAnswers\n      }\n      participation {\n        activeAccounts\n        activePeople\n        activeShare\n        posters\n        reactors\n        readers\n      }\n      answering {\n        ...AnsweringFields\n      }\n      previousAnswering {\n        ...AnsweringFields\n      }\n      unanswered {\n        questions {\n          postId\n          askedAt\n          excerpt\n          asker {\n            ...AnalyticsPerson\n          }\n          community {\n            id\n            slug\n            name\n          }\n          nudge {\n            ...AnalyticsPerson\n          }\n        }\n        total\n        hiddenCount\n      }\n      heatmap {\n        timeZone\n        cells {\n          weekday\n          hour\n          count\n        }\n      }\n      topContributors {\n        user {\n          id\n          handle\n          displayName\n        }\n        acceptedAnswers\n        replies\n        posts\n      }\n      communities {\n        id\n        slug\n        name\n        type\n        memberCount\n        posts\n        replies\n        activeMembers\n        lastActivityAt\n        isDormant\n        questions\n        answeredQuestions\n        answerRate\n        firstAnswerMedianMinutes\n      }\n      departments {\n        kind\n        name\n        departments\n        people\n        creators\n        contributors\n        readers\n        activeLast30\n        adoptionShare\n      }\n      stickiness {\n        dailyActive\n        monthlyActive\n        ratio\n      }\n      openness {\n        posts\n        openPosts\n        restrictedPosts\n        openPostShare\n        questions\n        openQuestions\n        restrictedQuestions\n        openQuestionShare\n      }\n      communityCount\n      hiddenCommunityCount\n      knowledgeReuse {\n        ...KnowledgeReuseFields\n      }\n    }\n  }\n\n  fragment AnsweringFields on AnalyticsAnswering {\n    questions\n    answered\n    accepted\n    answeredShare\n    acceptedShare\n    answeredWithinDay\n    askedDayAgo\n    answeredWithinDayShare\n    answeredWithinWeek\n    askedWeekAgo\n    answeredWithinWeekShare\n    firstReplyMedianMinutes\n    firstReplyP90Minutes\n    acceptedMedianMinutes\n    acceptedP90Minutes\n  }\n\n  fragment AnalyticsPerson on User {\n    id\n    handle\n    displayName\n  }\n": types.AdoptionAnalyticsDocument,
    "\n  mutation SetOrganisationTimeZone($timeZone: String!) {\n    setOrganisationTimeZone(timeZone: $timeZone) {\n      timeZone\n    }\n  }\n": types.SetOrganisationTimeZoneDocument,
    "\n  query AnalyticsFilterOptions {\n    peopleDepartments\n    communities(sort: NAME, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.AnalyticsFilterOptionsDocument,
    "\n  query RoutingOutcomes($days: Int!) {\n    routingOutcomes(days: $days) {\n      routed\n      questions\n      answered\n      medianHoursToFirstAnswer\n      mentionedSuggested\n    }\n  }\n": types.RoutingOutcomesDocument,
    "\n  query RoutingSettings {\n    routingSettings {\n      enabled\n      delayWorkingHours\n      dailyCap\n      peoplePerRound\n      workdayStartHour\n      workdayEndHour\n      timeZone\n    }\n  }\n": types.RoutingSettingsDocument,
    "\n  mutation SetRoutingSettings($input: RoutingSettingsInput!) {\n    setRoutingSettings(input: $input) {\n      enabled\n      delayWorkingHours\n      dailyCap\n      peoplePerRound\n      workdayStartHour\n      workdayEndHour\n      timeZone\n    }\n  }\n": types.SetRoutingSettingsDocument,
    "\n  fragment KnowledgeReuseFields on AnalyticsKnowledgeReuse {\n    totals {\n      views\n      searchClicks\n      questions\n    }\n    previousTotals {\n      views\n      searchClicks\n      questions\n    }\n    change\n    series {\n      date\n      views\n      searchClicks\n    }\n    topQuestions {\n      postId\n      excerpt\n      community {\n        id\n        slug\n        name\n      }\n      views\n      searchClicks\n    }\n    hidden {\n      questions\n      views\n      searchClicks\n    }\n    contentGaps {\n      top {\n        query\n        searches\n      }\n      texts\n      textsBelowThreshold\n      minSearches\n      emptySearches\n      previousEmptySearches\n    }\n    departmentFilterApplies\n  }\n": types.KnowledgeReuseFieldsFragmentDoc,
    "\n  mutation RecordQuestionUse($postId: ID!, $via: QuestionUseKind!) {\n    recordQuestionUse(postId: $postId, via: $via)\n  }\n": types.RecordQuestionUseDocument,
    "\n  mutation RecordEmptySearch($query: String!) {\n    recordEmptySearch(query: $query)\n  }\n": types.RecordEmptySearchDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      locale\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n      passwordLogin\n    }\n  }\n": types.InstanceSettingsDocument,
    "\n  query SsoSignIn {\n    ssoSignIn {\n      providerName\n      loginUrl\n      available\n      problem\n    }\n  }\n": types.SsoSignInDocument,
    "\n  mutation LogOutWithProvider {\n    logOutWithProvider {\n      providerLogoutUrl\n    }\n  }\n": types.LogOutWithProviderDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        locale\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        locale\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  fragment BookmarkFields on Bookmark {\n    id\n    title\n    description\n    url\n    postId\n    targetKind\n    tags\n    isPrivate\n    savedByCount\n    viewerHasBookmarked\n    createdAt\n    file {\n      id\n      name\n    }\n    owner {\n      id\n      handle\n      displayName\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n": types.BookmarkFieldsFragmentDoc,
    "\n  query Bookmarks($ownerHandle: String, $tag: String, $first: Int, $after: String) {\n    bookmarks(ownerHandle: $ownerHandle, tag: $tag, first: $first, after: $after) {\n      nodes {\n        ...BookmarkFields\n        alsoSavedBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BookmarksDocument,
    "\n  query PopularBookmarks($tag: String, $limit: Int) {\n    popularBookmarks(tag: $tag, limit: $limit) {\n      saveCount\n      bookmark {\n        ...BookmarkFields\n      }\n    }\n  }\n": types.PopularBookmarksDocument,
    "\n  query BookmarkedBy($url: String!) {\n    bookmarkedBy(url: $url) {\n      id\n      handle\n      displayName\n    }\n  }\n": types.BookmarkedByDocument,
    "\n  mutation CreateBookmark($input: CreateBookmarkInput!, $idempotencyKey: String) {\n    createBookmark(input: $input, idempotencyKey: $idempotencyKey) {\n      ...BookmarkFields\n    }\n  }\n": types.CreateBookmarkDocument,
    "\n  mutation DeleteBookmark($id: ID!) {\n    deleteBookmark(id: $id)\n  }\n": types.DeleteBookmarkDocument,
    "\n  mutation DeleteBookmarkOf($target: BookmarkTargetInput!) {\n    deleteBookmarkOf(target: $target)\n  }\n": types.DeleteBookmarkOfDocument,
    "\n  fragment CommunityCard on Community {\n    id\n    slug\n    name\n    description\n    imageUrl\n    tags\n    type\n    memberCount\n    lastActivityAt\n    isDormant\n    viewerMembership {\n      role\n      state\n    }\n  }\n": types.CommunityCardFragmentDoc,
    "\n  fragment CommunityMemberFields on CommunityMember {\n    role\n    state\n    since\n    user {\n      ...PostAuthor\n    }\n  }\n": types.CommunityMemberFieldsFragmentDoc,
    "\n  query Communities(\n    $query: String\n    $tag: String\n    $mine: Boolean\n    $sort: CommunitySort\n    $after: String\n  ) {\n    communities(query: $query, tag: $tag, mine: $mine, sort: $sort, first: 24, after: $after) {\n      nodes {\n        ...CommunityCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CommunitiesDocument,
    "\n  query MyCommunities {\n    communities(mine: true, sort: NAME, first: 100) {\n      nodes {\n        id\n        slug\n        name\n        type\n        memberCount\n      }\n    }\n  }\n": types.MyCommunitiesDocument,
    "\n  query CommunityPage($slug: String!, $after: String) {\n    community(slug: $slug) {\n      ...CommunityCard\n      createdAt\n      pinnedPosts(first: 10) {\n        nodes {\n          ...PostCard\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n      unansweredQuestions(first: 5) {\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      members(first: 100) {\n        nodes {\n          ...CommunityMemberFields\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      joinRequests(first: 100) {\n        nodes {\n          ...CommunityMemberFields\n        }\n      }\n    }\n  }\n": types.CommunityPageDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityCard\n    }\n  }\n": types.CreateCommunityDocument,
    "\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) {\n      ...CommunityCard\n    }\n  }\n": types.UpdateCommunityDocument,
    "\n  mutation JoinCommunity($id: ID!) {\n    joinCommunity(id: $id) {\n      role\n      state\n    }\n  }\n": types.JoinCommunityDocument,
    "\n  mutation LeaveCommunity($id: ID!) {\n    leaveCommunity(id: $id)\n  }\n": types.LeaveCommunityDocument,
    "\n  mutation ApproveJoinRequest($communityId: ID!, $userId: ID!) {\n    approveJoinRequest(communityId: $communityId, userId: $userId)\n  }\n": types.ApproveJoinRequestDocument,
    "\n  mutation RejectJoinRequest($communityId: ID!, $userId: ID!) {\n    rejectJoinRequest(communityId: $communityId, userId: $userId)\n  }\n": types.RejectJoinRequestDocument,
    "\n  mutation InviteToCommunity($communityId: ID!, $handle: String!) {\n    inviteToCommunity(communityId: $communityId, handle: $handle) {\n      role\n      state\n    }\n  }\n": types.InviteToCommunityDocument,
    "\n  mutation RemoveCommunityMember($communityId: ID!, $userId: ID!) {\n    removeCommunityMember(communityId: $communityId, userId: $userId)\n  }\n": types.RemoveCommunityMemberDocument,
    "\n  mutation SetCommunityRole($communityId: ID!, $userId: ID!, $role: MembershipRole!) {\n    setCommunityRole(communityId: $communityId, userId: $userId, role: $role) {\n      role\n      state\n    }\n  }\n": types.SetCommunityRoleDocument,
    "\n  mutation PinPost($id: ID!) {\n    pinPost(id: $id) {\n      id\n    }\n  }\n": types.PinPostDocument,
    "\n  mutation UnpinPost($id: ID!) {\n    unpinPost(id: $id) {\n      id\n    }\n  }\n": types.UnpinPostDocument,
    "\n  fragment FileSummary on File {\n    id\n    name\n    description\n    mimeType\n    sizeBytes\n    version\n    likeCount\n    commentCount\n    downloadCount\n    viewerHasLiked\n    updatedAt\n    tags\n    owner {\n      id\n      handle\n      displayName\n      isFormerColleague\n    }\n    community {\n      id\n      slug\n      name\n    }\n  }\n": types.FileSummaryFragmentDoc,
    "\n  query MyFiles($ownerHandle: String, $communityId: ID, $first: Int, $after: String) {\n    files(ownerHandle: $ownerHandle, communityId: $communityId, first: $first, after: $after) {\n      nodes {\n        ...FileSummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyFilesDocument,
    "\n  query PopularFiles($by: FilePopularity!, $communityId: ID, $limit: Int) {\n    popularFiles(by: $by, communityId: $communityId, limit: $limit) {\n      ...FileSummary\n    }\n  }\n": types.PopularFilesDocument,
    "\n  query FilePage($id: ID!) {\n    file(id: $id) {\n      ...FileSummary\n      downloadUrl\n      previewUrl\n      viewerHasBookmarked\n      downloaderCount\n      isPreviewable\n      createdAt\n      sha256\n      versions {\n        version\n        name\n        mimeType\n        sizeBytes\n        createdAt\n        downloadUrl\n        uploadedBy {\n          id\n          displayName\n          isFormerColleague\n        }\n      }\n      moderation {\n        ...ContentModerationFields\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          handle\n          displayName\n        }\n        moderation {\n          ...ContentModerationFields\n        }\n      }\n    }\n  }\n": types.FilePageDocument,
    "\n  mutation LikeFile($id: ID!) {\n    likeFile(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.LikeFileDocument,
    "\n  mutation UnlikeFile($id: ID!) {\n    unlikeFile(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.UnlikeFileDocument,
    "\n  mutation CommentOnFile($fileId: ID!, $body: String!) {\n    commentOnFile(fileId: $fileId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n": types.CommentOnFileDocument,
    "\n  fragment ContentModerationFields on ContentModeration {\n    itemId\n    state\n    reason\n    automatic\n    hiddenAt\n    reviewRequestedAt\n  }\n": types.ContentModerationFieldsFragmentDoc,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      reason\n      note\n      created\n    }\n  }\n": types.ReportContentDocument,
    "\n  mutation RequestModerationReview($itemId: ID!, $note: String) {\n    requestModerationReview(itemId: $itemId, note: $note) {\n      ...ContentModerationFields\n    }\n  }\n": types.RequestModerationReviewDocument,
    "\n  query ModerationQueueCount {\n    moderationQueueCount\n  }\n": types.ModerationQueueCountDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    targetType\n    targetId\n    state\n    queuedAt\n    hiddenAt\n    hiddenReason\n    reviewRequestedAt\n    reviewNote\n    reportCount\n    excerpt\n    reasons {\n      reason\n      count\n    }\n    notes {\n      reason\n      note\n      createdAt\n    }\n    author {\n      id\n      handle\n      displayName\n    }\n    authorHistory {\n      everHidden\n      stillHidden\n      deleted\n    }\n    post {\n      id\n      bodyHtml\n      isDeleted\n      author {\n        id\n        displayName\n      }\n      community {\n        id\n        name\n      }\n      replyCount\n      replies(first: 10) {\n        nodes {\n          id\n          bodyHtml\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    reply {\n      id\n      bodyHtml\n    }\n    file {\n      id\n      name\n    }\n    profile {\n      id\n      handle\n      displayName\n    }\n  }\n": types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      nodes {\n        ...ModerationItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation HideContent($itemId: ID!, $reason: String!) {\n    hideContent(itemId: $itemId, reason: $reason) {\n      ...ModerationItemFields\n    }\n  }\n": types.HideContentDocument,
    "\n  mutation RestoreContent($itemId: ID!, $note: String) {\n    restoreContent(itemId: $itemId, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n": types.RestoreContentDocument,
    "\n  mutation DismissReports($itemId: ID!, $note: String) {\n    dismissReports(itemId: $itemId, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n": types.DismissReportsDocument,
    "\n  mutation DeleteContent($itemId: ID!, $reason: String!) {\n    deleteContent(itemId: $itemId, reason: $reason) {\n      ...ModerationItemFields\n    }\n  }\n": types.DeleteContentDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    postId\n    replyId\n    excerpt\n    read\n    actorCount\n    questionCount\n    actors {\n      id\n      handle\n      displayName\n    }\n    moderation {\n      itemId\n      targetType\n      targetId\n      postId\n      fileId\n      outcome\n      reason\n      automatic\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query NotificationsSince($afterId: ID!) {\n    notificationsSince(afterId: $afterId, first: 200) {\n      ...NotificationFields\n    }\n  }\n": types.NotificationsSinceDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      type\n      enabled\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($type: NotificationType!, $enabled: Boolean!) {\n    setNotificationPreference(type: $type, enabled: $enabled) {\n      type\n      enabled\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query EmailDigest {\n    emailDigest {\n      enabled\n      available\n    }\n  }\n": types.EmailDigestDocument,
    "\n  mutation SetEmailDigest($enabled: Boolean!) {\n    setEmailDigest(enabled: $enabled) {\n      enabled\n      available\n    }\n  }\n": types.SetEmailDigestDocument,
    "\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n      moderation {\n        ...ContentModerationFields\n      }\n      knownFor(first: 5) {\n        ...KnownForFields\n      }\n    }\n  }\n": types.UserProfileDocument,
    "\n  fragment KnownForFields on KnownForTopic {\n    topic\n    tag\n    because {\n      kind\n      count\n      topic\n      lastAt\n    }\n    evidence {\n      kind\n      postId\n      fileId\n      title\n    }\n  }\n": types.KnownForFieldsFragmentDoc,
    "\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": types.EditableProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query ContentPolicy {\n    contentPolicy {\n      mustAcknowledge\n      viewerAcknowledgedVersion\n      current {\n        version\n        html\n        changeNote\n        publishedAt\n      }\n    }\n  }\n": types.ContentPolicyDocument,
    "\n  mutation AcknowledgeContentPolicy($version: Int!) {\n    acknowledgeContentPolicy(version: $version) {\n      mustAcknowledge\n      viewerAcknowledgedVersion\n      current {\n        version\n        html\n        changeNote\n        publishedAt\n      }\n    }\n  }\n": types.AcknowledgeContentPolicyDocument,
    "\n  query ContentPolicyVersions {\n    contentPolicyVersions {\n      version\n      markdown\n      changeNote\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n      diff {\n        kind\n        text\n      }\n      acknowledgements {\n        acknowledged\n        people\n        share\n        byDepartment {\n          department\n          acknowledged\n          people\n        }\n      }\n    }\n  }\n": types.ContentPolicyVersionsDocument,
    "\n  mutation PublishContentPolicy($input: PublishContentPolicyInput!) {\n    publishContentPolicy(input: $input) {\n      version\n    }\n  }\n": types.PublishContentPolicyDocument,
    "\n  query LiveReplies($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      replyCount\n      replies(first: 50, after: $after) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.LiveRepliesDocument,
    "\n  query LiveAcceptedAnswer($id: ID!) {\n    post(id: $id) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n": types.LiveAcceptedAnswerDocument,
    "\n  query Search(\n    $query: String!\n    $types: [SearchType!]\n    $filters: SearchFilters\n    $first: Int\n    $after: String\n    $literal: Boolean\n  ) {\n    search(\n      query: $query\n      types: $types\n      filters: $filters\n      first: $first\n      after: $after\n      literal: $literal\n    ) {\n      totalCount\n      correctedQuery\n      corrections {\n        original\n        corrected\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n      nodes {\n        type\n        score\n        highlight\n        highlights {\n          field\n          html\n        }\n        post {\n          id\n          createdAt\n          isQuestion\n          isAnswered\n          replyCount\n          likeCount\n          tags\n          author {\n            id\n            handle\n            displayName\n            avatarUrl\n          }\n          community {\n            id\n            slug\n            name\n          }\n        }\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          jobTitle\n          department\n        }\n        file {\n          id\n          name\n          mimeType\n          tags\n          createdAt\n          owner {\n            id\n            displayName\n          }\n        }\n        bookmark {\n          id\n          title\n          url\n          postId\n          targetKind\n          isPrivate\n          tags\n          createdAt\n          file {\n            id\n          }\n          owner {\n            id\n            handle\n            displayName\n          }\n        }\n        community {\n          id\n          slug\n          name\n          type\n          memberCount\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SimilarQuestions($draft: String!, $first: Int) {\n    similarQuestions(draft: $draft, first: $first) {\n      id\n      bodyText: body\n      replyCount\n    }\n    suggestedExperts(draft: $draft, first: $first) {\n      user {\n        id\n        handle\n        displayName\n      }\n      because {\n        kind\n        count\n        topic\n        lastAt\n      }\n    }\n  }\n": types.SimilarQuestionsDocument,
    "\n  query PeopleWhoKnow($topic: String!, $first: Int) {\n    peopleWhoKnow(topic: $topic, first: $first) {\n      user {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n      because {\n        kind\n        count\n        topic\n        lastAt\n      }\n    }\n  }\n": types.PeopleWhoKnowDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SaveLocale($locale: String) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.SaveLocaleDocument,
    "\n  fragment PostAuthor on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    jobTitle\n    isFormerColleague\n  }\n": types.PostAuthorFragmentDoc,
    "\n  fragment PostCard on Post {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    isQuestion\n    isAnswered\n    likeCount\n    viewerHasLiked\n    viewerHasBookmarked\n    replyCount\n    tags\n    audienceLabel\n    community {\n      id\n      slug\n      name\n    }\n    author {\n      ...PostAuthor\n    }\n    board {\n      id\n      handle\n      displayName\n    }\n    mentions {\n      id\n      handle\n      displayName\n      isFormerColleague\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n": types.PostCardFragmentDoc,
    "\n  fragment ReplyFields on Reply {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    likeCount\n    viewerHasLiked\n    author {\n      ...PostAuthor\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n": types.ReplyFieldsFragmentDoc,
    "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      edges {\n        cursor\n        reasons {\n          kind\n          label\n        }\n        node {\n          ...PostCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.HomeFeedDocument,
    "\n  query Discover($after: String) {\n    discover(first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DiscoverDocument,
    "\n  query Questions($status: QuestionStatus, $tag: String, $after: String) {\n    questions(status: $status, tag: $tag, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.QuestionsDocument,
    "\n  query TagPage($name: String!, $after: String) {\n    tag(name: $name) {\n      name\n      postCount\n      followerCount\n      viewerFollows\n    }\n    taggedPosts(tag: $name, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TagPageDocument,
    "\n  query UserBoard($handle: String!, $after: String) {\n    user(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n      board(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.UserBoardDocument,
    "\n  query PostPage($id: ID!, $after: String) {\n    post(id: $id) {\n      ...PostCard\n      body\n      routedTo\n      revisions {\n        body\n        createdAt\n      }\n      acceptedAnswer {\n        ...ReplyFields\n      }\n      replies(first: 20, after: $after) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.PostPageDocument,
    "\n  query TrendingTags {\n    trendingTags(limit: 8) {\n      name\n      postCount\n    }\n  }\n": types.TrendingTagsDocument,
    "\n  query MentionCandidates($query: String!) {\n    users(query: $query, first: 6) {\n      nodes {\n        ...PostAuthor\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  mutation CreatePost($input: CreatePostInput!, $idempotencyKey: String) {\n    createPost(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PostCard\n      mentionedWhoCannotSee {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation CreateReply($postId: ID!, $input: ReplyInput!, $idempotencyKey: String) {\n    createReply(postId: $postId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReplyFields\n    }\n  }\n": types.CreateReplyDocument,
    "\n  mutation AcceptAnswer($postId: ID!, $replyId: ID!) {\n    acceptAnswer(postId: $postId, replyId: $replyId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation ClearAcceptedAnswer($postId: ID!) {\n    clearAcceptedAnswer(postId: $postId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": types.ClearAcceptedAnswerDocument,
    "\n  mutation LikePost($id: ID!) {\n    likePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.LikePostDocument,
    "\n  mutation UnlikePost($id: ID!) {\n    unlikePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.UnlikePostDocument,
    "\n  mutation FollowTag($name: String!) {\n    followTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n": types.FollowTagDocument,
    "\n  mutation UnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n": types.UnfollowTagDocument,
    "\n  mutation FollowUser($handle: String!) {\n    followUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": types.FollowUserDocument,
    "\n  mutation UnfollowUser($handle: String!) {\n    unfollowUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": types.UnfollowUserDocument,
    "\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) {\n      ...PostCard\n      body\n      revisions {\n        body\n        createdAt\n      }\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostCard\n      body\n      revisions {\n        body\n        createdAt\n      }\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation EditReply($id: ID!, $input: ReplyInput!) {\n    editReply(id: $id, input: $input) {\n      ...ReplyFields\n    }\n  }\n": types.EditReplyDocument,
    "\n  mutation DeleteReply($id: ID!) {\n    deleteReply(id: $id) {\n      ...ReplyFields\n    }\n  }\n": types.DeleteReplyDocument,
    "\n  mutation LikeReply($id: ID!) {\n    likeReply(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.LikeReplyDocument,
    "\n  mutation UnlikeReply($id: ID!) {\n    unlikeReply(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.UnlikeReplyDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment ScimTokenFields on ScimToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ScimTokenFieldsFragmentDoc,
    "\n  query ScimTokens {\n    scimTokens {\n      ...ScimTokenFields\n    }\n  }\n": types.ScimTokensDocument,
    "\n  mutation CreateScimToken($name: String!) {\n    createScimToken(name: $name) {\n      token\n      scimToken {\n        ...ScimTokenFields\n      }\n    }\n  }\n": types.CreateScimTokenDocument,
    "\n  mutation RevokeScimToken($id: ID!) {\n    revokeScimToken(id: $id) {\n      ...ScimTokenFields\n    }\n  }\n": types.RevokeScimTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPerson on User {\n    id\n    handle\n    displayName\n    department\n    role\n    status\n    isFormerColleague\n    createdAt\n    lastActiveAt\n  }\n"): (typeof documents)["\n  fragment AdminPerson on User {\n    id\n    handle\n    displayName\n    department\n    role\n    status\n    isFormerColleague\n    createdAt\n    lastActiveAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeople($filter: PeopleFilter, $after: String) {\n    people(filter: $filter, first: 50, after: $after) {\n      nodes {\n        ...AdminPerson\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPeople($filter: PeopleFilter, $after: String) {\n    people(filter: $filter, first: 50, after: $after) {\n      nodes {\n        ...AdminPerson\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDepartments {\n    peopleDepartments\n  }\n"): (typeof documents)["\n  query PeopleDepartments {\n    peopleDepartments\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($userId: ID!, $role: UserRole!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...AdminPerson\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($userId: ID!, $role: UserRole!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...AdminPerson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!, $reason: String) {\n    deactivateUser(userId: $userId, reason: $reason) {\n      ...AdminPerson\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!, $reason: String) {\n    deactivateUser(userId: $userId, reason: $reason) {\n      ...AdminPerson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...AdminPerson\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...AdminPerson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        occurredAt\n        actorType\n        actorLabel\n        action\n        targetType\n        targetId\n        reason\n        before\n        after\n        requestId\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        occurredAt\n        actorType\n        actorLabel\n        action\n        targetType\n        targetId\n        reason\n        before\n        after\n        requestId\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FileCountOf($userId: ID!) {\n    fileCountOf(userId: $userId)\n  }\n"): (typeof documents)["\n  query FileCountOf($userId: ID!) {\n    fileCountOf(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveFilesToNewOwner($fromUserId: ID!, $toHandle: String!) {\n    giveFilesToNewOwner(fromUserId: $fromUserId, toHandle: $toHandle)\n  }\n"): (typeof documents)["\n  mutation GiveFilesToNewOwner($fromUserId: ID!, $toHandle: String!) {\n    giveFilesToNewOwner(fromUserId: $fromUserId, toHandle: $toHandle)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitiesAwaitingOwner {\n    communitiesAwaitingOwner {\n      community {\n        id\n        slug\n        name\n        memberCount\n      }\n      formerOwners {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunitiesAwaitingOwner {\n    communitiesAwaitingOwner {\n      community {\n        id\n        slug\n        name\n        memberCount\n      }\n      formerOwners {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCommunityOwner($communityId: ID!, $handle: String!) {\n    assignCommunityOwner(communityId: $communityId, handle: $handle) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCommunityOwner($communityId: ID!, $handle: String!) {\n    assignCommunityOwner(communityId: $communityId, handle: $handle) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionAnalytics($input: AnalyticsRangeInput) {\n    adoptionAnalytics(input: $input) {\n      from\n      to\n      days\n      previousFrom\n      previousTo\n      department\n      community {\n        id\n        slug\n        name\n      }\n      series {\n        date\n        activePeople\n        posts\n        questions\n        replies\n      }\n      totals {\n        activePeople\n        posts\n        questions\n        replies\n        likes\n        acceptedAnswers\n      }\n      previousTotals {\n        activePeople\n        posts\n        questions\n        replies\n        likes\n        acceptedAnswers\n      }\n      participation {\n        activeAccounts\n        activePeople\n        activeShare\n        posters\n        reactors\n        readers\n      }\n      answering {\n        ...AnsweringFields\n      }\n      previousAnswering {\n        ...AnsweringFields\n      }\n      unanswered {\n        questions {\n          postId\n          askedAt\n          excerpt\n          asker {\n            ...AnalyticsPerson\n          }\n          community {\n            id\n            slug\n            name\n          }\n          nudge {\n            ...AnalyticsPerson\n          }\n        }\n        total\n        hiddenCount\n      }\n      heatmap {\n        timeZone\n        cells {\n          weekday\n          hour\n          count\n        }\n      }\n      topContributors {\n        user {\n          id\n          handle\n          displayName\n        }\n        acceptedAnswers\n        replies\n        posts\n      }\n      communities {\n        id\n        slug\n        name\n        type\n        memberCount\n        posts\n        replies\n        activeMembers\n        lastActivityAt\n        isDormant\n        questions\n        answeredQuestions\n        answerRate\n        firstAnswerMedianMinutes\n      }\n      departments {\n        kind\n        name\n        departments\n        people\n        creators\n        contributors\n        readers\n        activeLast30\n        adoptionShare\n      }\n      stickiness {\n        dailyActive\n        monthlyActive\n        ratio\n      }\n      openness {\n        posts\n        openPosts\n        restrictedPosts\n        openPostShare\n        questions\n        openQuestions\n        restrictedQuestions\n        openQuestionShare\n      }\n      communityCount\n      hiddenCommunityCount\n      knowledgeReuse {\n        ...KnowledgeReuseFields\n      }\n    }\n  }\n\n  fragment AnsweringFields on AnalyticsAnswering {\n    questions\n    answered\n    accepted\n    answeredShare\n    acceptedShare\n    answeredWithinDay\n    askedDayAgo\n    answeredWithinDayShare\n    answeredWithinWeek\n    askedWeekAgo\n    answeredWithinWeekShare\n    firstReplyMedianMinutes\n    firstReplyP90Minutes\n    acceptedMedianMinutes\n    acceptedP90Minutes\n  }\n\n  fragment AnalyticsPerson on User {\n    id\n    handle\n    displayName\n  }\n"): (typeof documents)["\n  query AdoptionAnalytics($input: AnalyticsRangeInput) {\n    adoptionAnalytics(input: $input) {\n      from\n      to\n      days\n      previousFrom\n      previousTo\n      department\n      community {\n        id\n        slug\n        name\n      }\n      series {\n        date\n        activePeople\n        posts\n        questions\n        replies\n      }\n      totals {\n        activePeople\n        posts\n        questions\n        replies\n        likes\n        acceptedAnswers\n      }\n      previousTotals {\n        activePeople\n        posts\n        questions\n        replies\n        likes\n        acceptedAnswers\n      }\n      participation {\n        activeAccounts\n        activePeople\n        activeShare\n        posters\n        reactors\n        readers\n      }\n      answering {\n        ...AnsweringFields\n      }\n      previousAnswering {\n        ...AnsweringFields\n      }\n      unanswered {\n        questions {\n          postId\n          askedAt\n          excerpt\n          asker {\n            ...AnalyticsPerson\n          }\n          community {\n            id\n            slug\n            name\n          }\n          nudge {\n            ...AnalyticsPerson\n          }\n        }\n        total\n        hiddenCount\n      }\n      heatmap {\n        timeZone\n        cells {\n          weekday\n          hour\n          count\n        }\n      }\n      topContributors {\n        user {\n          id\n          handle\n          displayName\n        }\n        acceptedAnswers\n        replies\n        posts\n      }\n      communities {\n        id\n        slug\n        name\n        type\n        memberCount\n        posts\n        replies\n        activeMembers\n        lastActivityAt\n        isDormant\n        questions\n        answeredQuestions\n        answerRate\n        firstAnswerMedianMinutes\n      }\n      departments {\n        kind\n        name\n        departments\n        people\n        creators\n        contributors\n        readers\n        activeLast30\n        adoptionShare\n      }\n      stickiness {\n        dailyActive\n        monthlyActive\n        ratio\n      }\n      openness {\n        posts\n        openPosts\n        restrictedPosts\n        openPostShare\n        questions\n        openQuestions\n        restrictedQuestions\n        openQuestionShare\n      }\n      communityCount\n      hiddenCommunityCount\n      knowledgeReuse {\n        ...KnowledgeReuseFields\n      }\n    }\n  }\n\n  fragment AnsweringFields on AnalyticsAnswering {\n    questions\n    answered\n    accepted\n    answeredShare\n    acceptedShare\n    answeredWithinDay\n    askedDayAgo\n    answeredWithinDayShare\n    answeredWithinWeek\n    askedWeekAgo\n    answeredWithinWeekShare\n    firstReplyMedianMinutes\n    firstReplyP90Minutes\n    acceptedMedianMinutes\n    acceptedP90Minutes\n  }\n\n  fragment AnalyticsPerson on User {\n    id\n    handle\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationTimeZone($timeZone: String!) {\n    setOrganisationTimeZone(timeZone: $timeZone) {\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationTimeZone($timeZone: String!) {\n    setOrganisationTimeZone(timeZone: $timeZone) {\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsFilterOptions {\n    peopleDepartments\n    communities(sort: NAME, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsFilterOptions {\n    peopleDepartments\n    communities(sort: NAME, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingOutcomes($days: Int!) {\n    routingOutcomes(days: $days) {\n      routed\n      questions\n      answered\n      medianHoursToFirstAnswer\n      mentionedSuggested\n    }\n  }\n"): (typeof documents)["\n  query RoutingOutcomes($days: Int!) {\n    routingOutcomes(days: $days) {\n      routed\n      questions\n      answered\n      medianHoursToFirstAnswer\n      mentionedSuggested\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingSettings {\n    routingSettings {\n      enabled\n      delayWorkingHours\n      dailyCap\n      peoplePerRound\n      workdayStartHour\n      workdayEndHour\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query RoutingSettings {\n    routingSettings {\n      enabled\n      delayWorkingHours\n      dailyCap\n      peoplePerRound\n      workdayStartHour\n      workdayEndHour\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoutingSettings($input: RoutingSettingsInput!) {\n    setRoutingSettings(input: $input) {\n      enabled\n      delayWorkingHours\n      dailyCap\n      peoplePerRound\n      workdayStartHour\n      workdayEndHour\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoutingSettings($input: RoutingSettingsInput!) {\n    setRoutingSettings(input: $input) {\n      enabled\n      delayWorkingHours\n      dailyCap\n      peoplePerRound\n      workdayStartHour\n      workdayEndHour\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeReuseFields on AnalyticsKnowledgeReuse {\n    totals {\n      views\n      searchClicks\n      questions\n    }\n    previousTotals {\n      views\n      searchClicks\n      questions\n    }\n    change\n    series {\n      date\n      views\n      searchClicks\n    }\n    topQuestions {\n      postId\n      excerpt\n      community {\n        id\n        slug\n        name\n      }\n      views\n      searchClicks\n    }\n    hidden {\n      questions\n      views\n      searchClicks\n    }\n    contentGaps {\n      top {\n        query\n        searches\n      }\n      texts\n      textsBelowThreshold\n      minSearches\n      emptySearches\n      previousEmptySearches\n    }\n    departmentFilterApplies\n  }\n"): (typeof documents)["\n  fragment KnowledgeReuseFields on AnalyticsKnowledgeReuse {\n    totals {\n      views\n      searchClicks\n      questions\n    }\n    previousTotals {\n      views\n      searchClicks\n      questions\n    }\n    change\n    series {\n      date\n      views\n      searchClicks\n    }\n    topQuestions {\n      postId\n      excerpt\n      community {\n        id\n        slug\n        name\n      }\n      views\n      searchClicks\n    }\n    hidden {\n      questions\n      views\n      searchClicks\n    }\n    contentGaps {\n      top {\n        query\n        searches\n      }\n      texts\n      textsBelowThreshold\n      minSearches\n      emptySearches\n      previousEmptySearches\n    }\n    departmentFilterApplies\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordQuestionUse($postId: ID!, $via: QuestionUseKind!) {\n    recordQuestionUse(postId: $postId, via: $via)\n  }\n"): (typeof documents)["\n  mutation RecordQuestionUse($postId: ID!, $via: QuestionUseKind!) {\n    recordQuestionUse(postId: $postId, via: $via)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEmptySearch($query: String!) {\n    recordEmptySearch(query: $query)\n  }\n"): (typeof documents)["\n  mutation RecordEmptySearch($query: String!) {\n    recordEmptySearch(query: $query)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      locale\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      locale\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n      passwordLogin\n    }\n  }\n"): (typeof documents)["\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n      passwordLogin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSignIn {\n    ssoSignIn {\n      providerName\n      loginUrl\n      available\n      problem\n    }\n  }\n"): (typeof documents)["\n  query SsoSignIn {\n    ssoSignIn {\n      providerName\n      loginUrl\n      available\n      problem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOutWithProvider {\n    logOutWithProvider {\n      providerLogoutUrl\n    }\n  }\n"): (typeof documents)["\n  mutation LogOutWithProvider {\n    logOutWithProvider {\n      providerLogoutUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        locale\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        locale\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        locale\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        locale\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookmarkFields on Bookmark {\n    id\n    title\n    description\n    url\n    postId\n    targetKind\n    tags\n    isPrivate\n    savedByCount\n    viewerHasBookmarked\n    createdAt\n    file {\n      id\n      name\n    }\n    owner {\n      id\n      handle\n      displayName\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n"): (typeof documents)["\n  fragment BookmarkFields on Bookmark {\n    id\n    title\n    description\n    url\n    postId\n    targetKind\n    tags\n    isPrivate\n    savedByCount\n    viewerHasBookmarked\n    createdAt\n    file {\n      id\n      name\n    }\n    owner {\n      id\n      handle\n      displayName\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bookmarks($ownerHandle: String, $tag: String, $first: Int, $after: String) {\n    bookmarks(ownerHandle: $ownerHandle, tag: $tag, first: $first, after: $after) {\n      nodes {\n        ...BookmarkFields\n        alsoSavedBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Bookmarks($ownerHandle: String, $tag: String, $first: Int, $after: String) {\n    bookmarks(ownerHandle: $ownerHandle, tag: $tag, first: $first, after: $after) {\n      nodes {\n        ...BookmarkFields\n        alsoSavedBy {\n          id\n          handle\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PopularBookmarks($tag: String, $limit: Int) {\n    popularBookmarks(tag: $tag, limit: $limit) {\n      saveCount\n      bookmark {\n        ...BookmarkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PopularBookmarks($tag: String, $limit: Int) {\n    popularBookmarks(tag: $tag, limit: $limit) {\n      saveCount\n      bookmark {\n        ...BookmarkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookmarkedBy($url: String!) {\n    bookmarkedBy(url: $url) {\n      id\n      handle\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query BookmarkedBy($url: String!) {\n    bookmarkedBy(url: $url) {\n      id\n      handle\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBookmark($input: CreateBookmarkInput!, $idempotencyKey: String) {\n    createBookmark(input: $input, idempotencyKey: $idempotencyKey) {\n      ...BookmarkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBookmark($input: CreateBookmarkInput!, $idempotencyKey: String) {\n    createBookmark(input: $input, idempotencyKey: $idempotencyKey) {\n      ...BookmarkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBookmark($id: ID!) {\n    deleteBookmark(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBookmark($id: ID!) {\n    deleteBookmark(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBookmarkOf($target: BookmarkTargetInput!) {\n    deleteBookmarkOf(target: $target)\n  }\n"): (typeof documents)["\n  mutation DeleteBookmarkOf($target: BookmarkTargetInput!) {\n    deleteBookmarkOf(target: $target)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityCard on Community {\n    id\n    slug\n    name\n    description\n    imageUrl\n    tags\n    type\n    memberCount\n    lastActivityAt\n    isDormant\n    viewerMembership {\n      role\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityCard on Community {\n    id\n    slug\n    name\n    description\n    imageUrl\n    tags\n    type\n    memberCount\n    lastActivityAt\n    isDormant\n    viewerMembership {\n      role\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityMemberFields on CommunityMember {\n    role\n    state\n    since\n    user {\n      ...PostAuthor\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityMemberFields on CommunityMember {\n    role\n    state\n    since\n    user {\n      ...PostAuthor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities(\n    $query: String\n    $tag: String\n    $mine: Boolean\n    $sort: CommunitySort\n    $after: String\n  ) {\n    communities(query: $query, tag: $tag, mine: $mine, sort: $sort, first: 24, after: $after) {\n      nodes {\n        ...CommunityCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Communities(\n    $query: String\n    $tag: String\n    $mine: Boolean\n    $sort: CommunitySort\n    $after: String\n  ) {\n    communities(query: $query, tag: $tag, mine: $mine, sort: $sort, first: 24, after: $after) {\n      nodes {\n        ...CommunityCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCommunities {\n    communities(mine: true, sort: NAME, first: 100) {\n      nodes {\n        id\n        slug\n        name\n        type\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCommunities {\n    communities(mine: true, sort: NAME, first: 100) {\n      nodes {\n        id\n        slug\n        name\n        type\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityPage($slug: String!, $after: String) {\n    community(slug: $slug) {\n      ...CommunityCard\n      createdAt\n      pinnedPosts(first: 10) {\n        nodes {\n          ...PostCard\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n      unansweredQuestions(first: 5) {\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      members(first: 100) {\n        nodes {\n          ...CommunityMemberFields\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      joinRequests(first: 100) {\n        nodes {\n          ...CommunityMemberFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityPage($slug: String!, $after: String) {\n    community(slug: $slug) {\n      ...CommunityCard\n      createdAt\n      pinnedPosts(first: 10) {\n        nodes {\n          ...PostCard\n        }\n      }\n      posts(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n      unansweredQuestions(first: 5) {\n        nodes {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      members(first: 100) {\n        nodes {\n          ...CommunityMemberFields\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      joinRequests(first: 100) {\n        nodes {\n          ...CommunityMemberFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) {\n      ...CommunityCard\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) {\n      ...CommunityCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinCommunity($id: ID!) {\n    joinCommunity(id: $id) {\n      role\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation JoinCommunity($id: ID!) {\n    joinCommunity(id: $id) {\n      role\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveCommunity($id: ID!) {\n    leaveCommunity(id: $id)\n  }\n"): (typeof documents)["\n  mutation LeaveCommunity($id: ID!) {\n    leaveCommunity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveJoinRequest($communityId: ID!, $userId: ID!) {\n    approveJoinRequest(communityId: $communityId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ApproveJoinRequest($communityId: ID!, $userId: ID!) {\n    approveJoinRequest(communityId: $communityId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectJoinRequest($communityId: ID!, $userId: ID!) {\n    rejectJoinRequest(communityId: $communityId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RejectJoinRequest($communityId: ID!, $userId: ID!) {\n    rejectJoinRequest(communityId: $communityId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToCommunity($communityId: ID!, $handle: String!) {\n    inviteToCommunity(communityId: $communityId, handle: $handle) {\n      role\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToCommunity($communityId: ID!, $handle: String!) {\n    inviteToCommunity(communityId: $communityId, handle: $handle) {\n      role\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCommunityMember($communityId: ID!, $userId: ID!) {\n    removeCommunityMember(communityId: $communityId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveCommunityMember($communityId: ID!, $userId: ID!) {\n    removeCommunityMember(communityId: $communityId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommunityRole($communityId: ID!, $userId: ID!, $role: MembershipRole!) {\n    setCommunityRole(communityId: $communityId, userId: $userId, role: $role) {\n      role\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SetCommunityRole($communityId: ID!, $userId: ID!, $role: MembershipRole!) {\n    setCommunityRole(communityId: $communityId, userId: $userId, role: $role) {\n      role\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinPost($id: ID!) {\n    pinPost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PinPost($id: ID!) {\n    pinPost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinPost($id: ID!) {\n    unpinPost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinPost($id: ID!) {\n    unpinPost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileSummary on File {\n    id\n    name\n    description\n    mimeType\n    sizeBytes\n    version\n    likeCount\n    commentCount\n    downloadCount\n    viewerHasLiked\n    updatedAt\n    tags\n    owner {\n      id\n      handle\n      displayName\n      isFormerColleague\n    }\n    community {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FileSummary on File {\n    id\n    name\n    description\n    mimeType\n    sizeBytes\n    version\n    likeCount\n    commentCount\n    downloadCount\n    viewerHasLiked\n    updatedAt\n    tags\n    owner {\n      id\n      handle\n      displayName\n      isFormerColleague\n    }\n    community {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFiles($ownerHandle: String, $communityId: ID, $first: Int, $after: String) {\n    files(ownerHandle: $ownerHandle, communityId: $communityId, first: $first, after: $after) {\n      nodes {\n        ...FileSummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFiles($ownerHandle: String, $communityId: ID, $first: Int, $after: String) {\n    files(ownerHandle: $ownerHandle, communityId: $communityId, first: $first, after: $after) {\n      nodes {\n        ...FileSummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PopularFiles($by: FilePopularity!, $communityId: ID, $limit: Int) {\n    popularFiles(by: $by, communityId: $communityId, limit: $limit) {\n      ...FileSummary\n    }\n  }\n"): (typeof documents)["\n  query PopularFiles($by: FilePopularity!, $communityId: ID, $limit: Int) {\n    popularFiles(by: $by, communityId: $communityId, limit: $limit) {\n      ...FileSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilePage($id: ID!) {\n    file(id: $id) {\n      ...FileSummary\n      downloadUrl\n      previewUrl\n      viewerHasBookmarked\n      downloaderCount\n      isPreviewable\n      createdAt\n      sha256\n      versions {\n        version\n        name\n        mimeType\n        sizeBytes\n        createdAt\n        downloadUrl\n        uploadedBy {\n          id\n          displayName\n          isFormerColleague\n        }\n      }\n      moderation {\n        ...ContentModerationFields\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          handle\n          displayName\n        }\n        moderation {\n          ...ContentModerationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilePage($id: ID!) {\n    file(id: $id) {\n      ...FileSummary\n      downloadUrl\n      previewUrl\n      viewerHasBookmarked\n      downloaderCount\n      isPreviewable\n      createdAt\n      sha256\n      versions {\n        version\n        name\n        mimeType\n        sizeBytes\n        createdAt\n        downloadUrl\n        uploadedBy {\n          id\n          displayName\n          isFormerColleague\n        }\n      }\n      moderation {\n        ...ContentModerationFields\n      }\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          handle\n          displayName\n        }\n        moderation {\n          ...ContentModerationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeFile($id: ID!) {\n    likeFile(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"): (typeof documents)["\n  mutation LikeFile($id: ID!) {\n    likeFile(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikeFile($id: ID!) {\n    unlikeFile(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"): (typeof documents)["\n  mutation UnlikeFile($id: ID!) {\n    unlikeFile(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnFile($fileId: ID!, $body: String!) {\n    commentOnFile(fileId: $fileId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnFile($fileId: ID!, $body: String!) {\n    commentOnFile(fileId: $fileId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentModerationFields on ContentModeration {\n    itemId\n    state\n    reason\n    automatic\n    hiddenAt\n    reviewRequestedAt\n  }\n"): (typeof documents)["\n  fragment ContentModerationFields on ContentModeration {\n    itemId\n    state\n    reason\n    automatic\n    hiddenAt\n    reviewRequestedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      reason\n      note\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      reason\n      note\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestModerationReview($itemId: ID!, $note: String) {\n    requestModerationReview(itemId: $itemId, note: $note) {\n      ...ContentModerationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestModerationReview($itemId: ID!, $note: String) {\n    requestModerationReview(itemId: $itemId, note: $note) {\n      ...ContentModerationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueueCount {\n    moderationQueueCount\n  }\n"): (typeof documents)["\n  query ModerationQueueCount {\n    moderationQueueCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    targetType\n    targetId\n    state\n    queuedAt\n    hiddenAt\n    hiddenReason\n    reviewRequestedAt\n    reviewNote\n    reportCount\n    excerpt\n    reasons {\n      reason\n      count\n    }\n    notes {\n      reason\n      note\n      createdAt\n    }\n    author {\n      id\n      handle\n      displayName\n    }\n    authorHistory {\n      everHidden\n      stillHidden\n      deleted\n    }\n    post {\n      id\n      bodyHtml\n      isDeleted\n      author {\n        id\n        displayName\n      }\n      community {\n        id\n        name\n      }\n      replyCount\n      replies(first: 10) {\n        nodes {\n          id\n          bodyHtml\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    reply {\n      id\n      bodyHtml\n    }\n    file {\n      id\n      name\n    }\n    profile {\n      id\n      handle\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationItemFields on ModerationItem {\n    id\n    targetType\n    targetId\n    state\n    queuedAt\n    hiddenAt\n    hiddenReason\n    reviewRequestedAt\n    reviewNote\n    reportCount\n    excerpt\n    reasons {\n      reason\n      count\n    }\n    notes {\n      reason\n      note\n      createdAt\n    }\n    author {\n      id\n      handle\n      displayName\n    }\n    authorHistory {\n      everHidden\n      stillHidden\n      deleted\n    }\n    post {\n      id\n      bodyHtml\n      isDeleted\n      author {\n        id\n        displayName\n      }\n      community {\n        id\n        name\n      }\n      replyCount\n      replies(first: 10) {\n        nodes {\n          id\n          bodyHtml\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    reply {\n      id\n      bodyHtml\n    }\n    file {\n      id\n      name\n    }\n    profile {\n      id\n      handle\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      nodes {\n        ...ModerationItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      nodes {\n        ...ModerationItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideContent($itemId: ID!, $reason: String!) {\n    hideContent(itemId: $itemId, reason: $reason) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideContent($itemId: ID!, $reason: String!) {\n    hideContent(itemId: $itemId, reason: $reason) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContent($itemId: ID!, $note: String) {\n    restoreContent(itemId: $itemId, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreContent($itemId: ID!, $note: String) {\n    restoreContent(itemId: $itemId, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissReports($itemId: ID!, $note: String) {\n    dismissReports(itemId: $itemId, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissReports($itemId: ID!, $note: String) {\n    dismissReports(itemId: $itemId, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContent($itemId: ID!, $reason: String!) {\n    deleteContent(itemId: $itemId, reason: $reason) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContent($itemId: ID!, $reason: String!) {\n    deleteContent(itemId: $itemId, reason: $reason) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    postId\n    replyId\n    excerpt\n    read\n    actorCount\n    questionCount\n    actors {\n      id\n      handle\n      displayName\n    }\n    moderation {\n      itemId\n      targetType\n      targetId\n      postId\n      fileId\n      outcome\n      reason\n      automatic\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    postId\n    replyId\n    excerpt\n    read\n    actorCount\n    questionCount\n    actors {\n      id\n      handle\n      displayName\n    }\n    moderation {\n      itemId\n      targetType\n      targetId\n      postId\n      fileId\n      outcome\n      reason\n      automatic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsSince($afterId: ID!) {\n    notificationsSince(afterId: $afterId, first: 200) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationsSince($afterId: ID!) {\n    notificationsSince(afterId: $afterId, first: 200) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      type\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      type\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($type: NotificationType!, $enabled: Boolean!) {\n    setNotificationPreference(type: $type, enabled: $enabled) {\n      type\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($type: NotificationType!, $enabled: Boolean!) {\n    setNotificationPreference(type: $type, enabled: $enabled) {\n      type\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailDigest {\n    emailDigest {\n      enabled\n      available\n    }\n  }\n"): (typeof documents)["\n  query EmailDigest {\n    emailDigest {\n      enabled\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEmailDigest($enabled: Boolean!) {\n    setEmailDigest(enabled: $enabled) {\n      enabled\n      available\n    }\n  }\n"): (typeof documents)["\n  mutation SetEmailDigest($enabled: Boolean!) {\n    setEmailDigest(enabled: $enabled) {\n      enabled\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n      moderation {\n        ...ContentModerationFields\n      }\n      knownFor(first: 5) {\n        ...KnownForFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n      moderation {\n        ...ContentModerationFields\n      }\n      knownFor(first: 5) {\n        ...KnownForFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnownForFields on KnownForTopic {\n    topic\n    tag\n    because {\n      kind\n      count\n      topic\n      lastAt\n    }\n    evidence {\n      kind\n      postId\n      fileId\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment KnownForFields on KnownForTopic {\n    topic\n    tag\n    because {\n      kind\n      count\n      topic\n      lastAt\n    }\n    evidence {\n      kind\n      postId\n      fileId\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentPolicy {\n    contentPolicy {\n      mustAcknowledge\n      viewerAcknowledgedVersion\n      current {\n        version\n        html\n        changeNote\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentPolicy {\n    contentPolicy {\n      mustAcknowledge\n      viewerAcknowledgedVersion\n      current {\n        version\n        html\n        changeNote\n        publishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeContentPolicy($version: Int!) {\n    acknowledgeContentPolicy(version: $version) {\n      mustAcknowledge\n      viewerAcknowledgedVersion\n      current {\n        version\n        html\n        changeNote\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeContentPolicy($version: Int!) {\n    acknowledgeContentPolicy(version: $version) {\n      mustAcknowledge\n      viewerAcknowledgedVersion\n      current {\n        version\n        html\n        changeNote\n        publishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentPolicyVersions {\n    contentPolicyVersions {\n      version\n      markdown\n      changeNote\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n      diff {\n        kind\n        text\n      }\n      acknowledgements {\n        acknowledged\n        people\n        share\n        byDepartment {\n          department\n          acknowledged\n          people\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentPolicyVersions {\n    contentPolicyVersions {\n      version\n      markdown\n      changeNote\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n      diff {\n        kind\n        text\n      }\n      acknowledgements {\n        acknowledged\n        people\n        share\n        byDepartment {\n          department\n          acknowledged\n          people\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishContentPolicy($input: PublishContentPolicyInput!) {\n    publishContentPolicy(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishContentPolicy($input: PublishContentPolicyInput!) {\n    publishContentPolicy(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveReplies($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      replyCount\n      replies(first: 50, after: $after) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveReplies($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      replyCount\n      replies(first: 50, after: $after) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveAcceptedAnswer($id: ID!) {\n    post(id: $id) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveAcceptedAnswer($id: ID!) {\n    post(id: $id) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search(\n    $query: String!\n    $types: [SearchType!]\n    $filters: SearchFilters\n    $first: Int\n    $after: String\n    $literal: Boolean\n  ) {\n    search(\n      query: $query\n      types: $types\n      filters: $filters\n      first: $first\n      after: $after\n      literal: $literal\n    ) {\n      totalCount\n      correctedQuery\n      corrections {\n        original\n        corrected\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n      nodes {\n        type\n        score\n        highlight\n        highlights {\n          field\n          html\n        }\n        post {\n          id\n          createdAt\n          isQuestion\n          isAnswered\n          replyCount\n          likeCount\n          tags\n          author {\n            id\n            handle\n            displayName\n            avatarUrl\n          }\n          community {\n            id\n            slug\n            name\n          }\n        }\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          jobTitle\n          department\n        }\n        file {\n          id\n          name\n          mimeType\n          tags\n          createdAt\n          owner {\n            id\n            displayName\n          }\n        }\n        bookmark {\n          id\n          title\n          url\n          postId\n          targetKind\n          isPrivate\n          tags\n          createdAt\n          file {\n            id\n          }\n          owner {\n            id\n            handle\n            displayName\n          }\n        }\n        community {\n          id\n          slug\n          name\n          type\n          memberCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search(\n    $query: String!\n    $types: [SearchType!]\n    $filters: SearchFilters\n    $first: Int\n    $after: String\n    $literal: Boolean\n  ) {\n    search(\n      query: $query\n      types: $types\n      filters: $filters\n      first: $first\n      after: $after\n      literal: $literal\n    ) {\n      totalCount\n      correctedQuery\n      corrections {\n        original\n        corrected\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n      nodes {\n        type\n        score\n        highlight\n        highlights {\n          field\n          html\n        }\n        post {\n          id\n          createdAt\n          isQuestion\n          isAnswered\n          replyCount\n          likeCount\n          tags\n          author {\n            id\n            handle\n            displayName\n            avatarUrl\n          }\n          community {\n            id\n            slug\n            name\n          }\n        }\n        user {\n          id\n          handle\n          displayName\n          avatarUrl\n          jobTitle\n          department\n        }\n        file {\n          id\n          name\n          mimeType\n          tags\n          createdAt\n          owner {\n            id\n            displayName\n          }\n        }\n        bookmark {\n          id\n          title\n          url\n          postId\n          targetKind\n          isPrivate\n          tags\n          createdAt\n          file {\n            id\n          }\n          owner {\n            id\n            handle\n            displayName\n          }\n        }\n        community {\n          id\n          slug\n          name\n          type\n          memberCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarQuestions($draft: String!, $first: Int) {\n    similarQuestions(draft: $draft, first: $first) {\n      id\n      bodyText: body\n      replyCount\n    }\n    suggestedExperts(draft: $draft, first: $first) {\n      user {\n        id\n        handle\n        displayName\n      }\n      because {\n        kind\n        count\n        topic\n        lastAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarQuestions($draft: String!, $first: Int) {\n    similarQuestions(draft: $draft, first: $first) {\n      id\n      bodyText: body\n      replyCount\n    }\n    suggestedExperts(draft: $draft, first: $first) {\n      user {\n        id\n        handle\n        displayName\n      }\n      because {\n        kind\n        count\n        topic\n        lastAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleWhoKnow($topic: String!, $first: Int) {\n    peopleWhoKnow(topic: $topic, first: $first) {\n      user {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n      because {\n        kind\n        count\n        topic\n        lastAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleWhoKnow($topic: String!, $first: Int) {\n    peopleWhoKnow(topic: $topic, first: $first) {\n      user {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n      because {\n        kind\n        count\n        topic\n        lastAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocale($locale: String) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLocale($locale: String) {\n    updateProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostAuthor on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    jobTitle\n    isFormerColleague\n  }\n"): (typeof documents)["\n  fragment PostAuthor on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    jobTitle\n    isFormerColleague\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard on Post {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    isQuestion\n    isAnswered\n    likeCount\n    viewerHasLiked\n    viewerHasBookmarked\n    replyCount\n    tags\n    audienceLabel\n    community {\n      id\n      slug\n      name\n    }\n    author {\n      ...PostAuthor\n    }\n    board {\n      id\n      handle\n      displayName\n    }\n    mentions {\n      id\n      handle\n      displayName\n      isFormerColleague\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n"): (typeof documents)["\n  fragment PostCard on Post {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    isQuestion\n    isAnswered\n    likeCount\n    viewerHasLiked\n    viewerHasBookmarked\n    replyCount\n    tags\n    audienceLabel\n    community {\n      id\n      slug\n      name\n    }\n    author {\n      ...PostAuthor\n    }\n    board {\n      id\n      handle\n      displayName\n    }\n    mentions {\n      id\n      handle\n      displayName\n      isFormerColleague\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyFields on Reply {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    likeCount\n    viewerHasLiked\n    author {\n      ...PostAuthor\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReplyFields on Reply {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    likeCount\n    viewerHasLiked\n    author {\n      ...PostAuthor\n    }\n    moderation {\n      ...ContentModerationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      edges {\n        cursor\n        reasons {\n          kind\n          label\n        }\n        node {\n          ...PostCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      edges {\n        cursor\n        reasons {\n          kind\n          label\n        }\n        node {\n          ...PostCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Discover($after: String) {\n    discover(first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Discover($after: String) {\n    discover(first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Questions($status: QuestionStatus, $tag: String, $after: String) {\n    questions(status: $status, tag: $tag, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Questions($status: QuestionStatus, $tag: String, $after: String) {\n    questions(status: $status, tag: $tag, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagPage($name: String!, $after: String) {\n    tag(name: $name) {\n      name\n      postCount\n      followerCount\n      viewerFollows\n    }\n    taggedPosts(tag: $name, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagPage($name: String!, $after: String) {\n    tag(name: $name) {\n      name\n      postCount\n      followerCount\n      viewerFollows\n    }\n    taggedPosts(tag: $name, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserBoard($handle: String!, $after: String) {\n    user(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n      board(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserBoard($handle: String!, $after: String) {\n    user(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n      board(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPage($id: ID!, $after: String) {\n    post(id: $id) {\n      ...PostCard\n      body\n      routedTo\n      revisions {\n        body\n        createdAt\n      }\n      acceptedAnswer {\n        ...ReplyFields\n      }\n      replies(first: 20, after: $after) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostPage($id: ID!, $after: String) {\n    post(id: $id) {\n      ...PostCard\n      body\n      routedTo\n      revisions {\n        body\n        createdAt\n      }\n      acceptedAnswer {\n        ...ReplyFields\n      }\n      replies(first: 20, after: $after) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendingTags {\n    trendingTags(limit: 8) {\n      name\n      postCount\n    }\n  }\n"): (typeof documents)["\n  query TrendingTags {\n    trendingTags(limit: 8) {\n      name\n      postCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($query: String!) {\n    users(query: $query, first: 6) {\n      nodes {\n        ...PostAuthor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($query: String!) {\n    users(query: $query, first: 6) {\n      nodes {\n        ...PostAuthor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!, $idempotencyKey: String) {\n    createPost(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PostCard\n      mentionedWhoCannotSee {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!, $idempotencyKey: String) {\n    createPost(input: $input, idempotencyKey: $idempotencyKey) {\n      ...PostCard\n      mentionedWhoCannotSee {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReply($postId: ID!, $input: ReplyInput!, $idempotencyKey: String) {\n    createReply(postId: $postId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReply($postId: ID!, $input: ReplyInput!, $idempotencyKey: String) {\n    createReply(postId: $postId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($postId: ID!, $replyId: ID!) {\n    acceptAnswer(postId: $postId, replyId: $replyId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($postId: ID!, $replyId: ID!) {\n    acceptAnswer(postId: $postId, replyId: $replyId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearAcceptedAnswer($postId: ID!) {\n    clearAcceptedAnswer(postId: $postId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearAcceptedAnswer($postId: ID!) {\n    clearAcceptedAnswer(postId: $postId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikePost($id: ID!) {\n    likePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"): (typeof documents)["\n  mutation LikePost($id: ID!) {\n    likePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikePost($id: ID!) {\n    unlikePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"): (typeof documents)["\n  mutation UnlikePost($id: ID!) {\n    unlikePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowTag($name: String!) {\n    followTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation FollowTag($name: String!) {\n    followTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUser($handle: String!) {\n    followUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation FollowUser($handle: String!) {\n    followUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowUser($handle: String!) {\n    unfollowUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowUser($handle: String!) {\n    unfollowUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) {\n      ...PostCard\n      body\n      revisions {\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($id: ID!, $input: EditPostInput!) {\n    editPost(id: $id, input: $input) {\n      ...PostCard\n      body\n      revisions {\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostCard\n      body\n      revisions {\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostCard\n      body\n      revisions {\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditReply($id: ID!, $input: ReplyInput!) {\n    editReply(id: $id, input: $input) {\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditReply($id: ID!, $input: ReplyInput!) {\n    editReply(id: $id, input: $input) {\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReply($id: ID!) {\n    deleteReply(id: $id) {\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteReply($id: ID!) {\n    deleteReply(id: $id) {\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeReply($id: ID!) {\n    likeReply(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"): (typeof documents)["\n  mutation LikeReply($id: ID!) {\n    likeReply(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikeReply($id: ID!) {\n    unlikeReply(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"): (typeof documents)["\n  mutation UnlikeReply($id: ID!) {\n    unlikeReply(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScimTokenFields on ScimToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ScimTokenFields on ScimToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScimTokens {\n    scimTokens {\n      ...ScimTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ScimTokens {\n    scimTokens {\n      ...ScimTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScimToken($name: String!) {\n    createScimToken(name: $name) {\n      token\n      scimToken {\n        ...ScimTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScimToken($name: String!) {\n    createScimToken(name: $name) {\n      token\n      scimToken {\n        ...ScimTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeScimToken($id: ID!) {\n    revokeScimToken(id: $id) {\n      ...ScimTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeScimToken($id: ID!) {\n    revokeScimToken(id: $id) {\n      ...ScimTokenFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;