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
    "\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n    }\n  }\n": typeof types.InstanceSettingsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": typeof types.EditableProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment PostAuthor on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    jobTitle\n  }\n": typeof types.PostAuthorFragmentDoc,
    "\n  fragment PostCard on Post {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    isQuestion\n    isAnswered\n    likeCount\n    viewerHasLiked\n    replyCount\n    tags\n    audienceLabel\n    author {\n      ...PostAuthor\n    }\n    board {\n      id\n      handle\n      displayName\n    }\n  }\n": typeof types.PostCardFragmentDoc,
    "\n  fragment ReplyFields on Reply {\n    id\n    bodyHtml\n    createdAt\n    isDeleted\n    likeCount\n    viewerHasLiked\n    author {\n      ...PostAuthor\n    }\n  }\n": typeof types.ReplyFieldsFragmentDoc,
    "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      edges {\n        cursor\n        reasons {\n          kind\n          label\n        }\n        node {\n          ...PostCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.HomeFeedDocument,
    "\n  query Discover($after: String) {\n    discover(first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DiscoverDocument,
    "\n  query Questions($status: QuestionStatus, $tag: String, $after: String) {\n    questions(status: $status, tag: $tag, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.QuestionsDocument,
    "\n  query TagPage($name: String!, $after: String) {\n    tag(name: $name) {\n      name\n      postCount\n      followerCount\n      viewerFollows\n    }\n    taggedPosts(tag: $name, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TagPageDocument,
    "\n  query UserBoard($handle: String!, $after: String) {\n    user(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n      board(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.UserBoardDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n      acceptedAnswer {\n        ...ReplyFields\n      }\n      replies(first: 100) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.PostPageDocument,
    "\n  query MentionCandidates($query: String!) {\n    users(query: $query, first: 6) {\n      nodes {\n        ...PostAuthor\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation CreateReply($postId: ID!, $input: ReplyInput!) {\n    createReply(postId: $postId, input: $input) {\n      ...ReplyFields\n    }\n  }\n": typeof types.CreateReplyDocument,
    "\n  mutation AcceptAnswer($postId: ID!, $replyId: ID!) {\n    acceptAnswer(postId: $postId, replyId: $replyId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation ClearAcceptedAnswer($postId: ID!) {\n    clearAcceptedAnswer(postId: $postId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": typeof types.ClearAcceptedAnswerDocument,
    "\n  mutation LikePost($id: ID!) {\n    likePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.LikePostDocument,
    "\n  mutation UnlikePost($id: ID!) {\n    unlikePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": typeof types.UnlikePostDocument,
    "\n  mutation FollowTag($name: String!) {\n    followTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.FollowTagDocument,
    "\n  mutation UnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowTagDocument,
    "\n  mutation FollowUser($handle: String!) {\n    followUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.FollowUserDocument,
    "\n  mutation UnfollowUser($handle: String!) {\n    unfollowUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowUserDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n    }\n  }\n": types.InstanceSettingsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n    }\n  }\n": types.UserProfileDocument,
    "\n  query EditableProfile {\n    viewer {\n      id\n      handle\n      displayName\n      email\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": types.EditableProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment PostAuthor on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    jobTitle\n  }\n": types.PostAuthorFragmentDoc,
    "\n  fragment PostCard on Post {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    isQuestion\n    isAnswered\n    likeCount\n    viewerHasLiked\n    replyCount\n    tags\n    audienceLabel\n    author {\n      ...PostAuthor\n    }\n    board {\n      id\n      handle\n      displayName\n    }\n  }\n": types.PostCardFragmentDoc,
    "\n  fragment ReplyFields on Reply {\n    id\n    bodyHtml\n    createdAt\n    isDeleted\n    likeCount\n    viewerHasLiked\n    author {\n      ...PostAuthor\n    }\n  }\n": types.ReplyFieldsFragmentDoc,
    "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      edges {\n        cursor\n        reasons {\n          kind\n          label\n        }\n        node {\n          ...PostCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.HomeFeedDocument,
    "\n  query Discover($after: String) {\n    discover(first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DiscoverDocument,
    "\n  query Questions($status: QuestionStatus, $tag: String, $after: String) {\n    questions(status: $status, tag: $tag, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.QuestionsDocument,
    "\n  query TagPage($name: String!, $after: String) {\n    tag(name: $name) {\n      name\n      postCount\n      followerCount\n      viewerFollows\n    }\n    taggedPosts(tag: $name, first: 20, after: $after) {\n      nodes {\n        ...PostCard\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TagPageDocument,
    "\n  query UserBoard($handle: String!, $after: String) {\n    user(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n      board(first: 20, after: $after) {\n        nodes {\n          ...PostCard\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.UserBoardDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n      acceptedAnswer {\n        ...ReplyFields\n      }\n      replies(first: 100) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.PostPageDocument,
    "\n  query MentionCandidates($query: String!) {\n    users(query: $query, first: 6) {\n      nodes {\n        ...PostAuthor\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation CreateReply($postId: ID!, $input: ReplyInput!) {\n    createReply(postId: $postId, input: $input) {\n      ...ReplyFields\n    }\n  }\n": types.CreateReplyDocument,
    "\n  mutation AcceptAnswer($postId: ID!, $replyId: ID!) {\n    acceptAnswer(postId: $postId, replyId: $replyId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        ...ReplyFields\n      }\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation ClearAcceptedAnswer($postId: ID!) {\n    clearAcceptedAnswer(postId: $postId) {\n      id\n      isAnswered\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": types.ClearAcceptedAnswerDocument,
    "\n  mutation LikePost($id: ID!) {\n    likePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.LikePostDocument,
    "\n  mutation UnlikePost($id: ID!) {\n    unlikePost(id: $id) {\n      id\n      likeCount\n      viewerHasLiked\n    }\n  }\n": types.UnlikePostDocument,
    "\n  mutation FollowTag($name: String!) {\n    followTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n": types.FollowTagDocument,
    "\n  mutation UnfollowTag($name: String!) {\n    unfollowTag(name: $name) {\n      name\n      followerCount\n      viewerFollows\n    }\n  }\n": types.UnfollowTagDocument,
    "\n  mutation FollowUser($handle: String!) {\n    followUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": types.FollowUserDocument,
    "\n  mutation UnfollowUser($handle: String!) {\n    unfollowUser(handle: $handle) {\n      id\n      followerCount\n      viewerFollows\n    }\n  }\n": types.UnfollowUserDocument,
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      handle\n      displayName\n      avatarUrl\n      role\n      profileCompleteness {\n        percent\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n    }\n  }\n"): (typeof documents)["\n  query InstanceSettings {\n    instanceSettings {\n      openSignUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        displayName\n        avatarUrl\n        role\n        profileCompleteness {\n          percent\n          missing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n    }\n  }\n"): (typeof documents)["\n  query UserProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      jobTitle\n      department\n      location\n      bio\n      avatarUrl\n      expertise\n      role\n      isFormerColleague\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment PostAuthor on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    jobTitle\n  }\n"): (typeof documents)["\n  fragment PostAuthor on User {\n    id\n    handle\n    displayName\n    avatarUrl\n    jobTitle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard on Post {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    isQuestion\n    isAnswered\n    likeCount\n    viewerHasLiked\n    replyCount\n    tags\n    audienceLabel\n    author {\n      ...PostAuthor\n    }\n    board {\n      id\n      handle\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PostCard on Post {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    isDeleted\n    isQuestion\n    isAnswered\n    likeCount\n    viewerHasLiked\n    replyCount\n    tags\n    audienceLabel\n    author {\n      ...PostAuthor\n    }\n    board {\n      id\n      handle\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyFields on Reply {\n    id\n    bodyHtml\n    createdAt\n    isDeleted\n    likeCount\n    viewerHasLiked\n    author {\n      ...PostAuthor\n    }\n  }\n"): (typeof documents)["\n  fragment ReplyFields on Reply {\n    id\n    bodyHtml\n    createdAt\n    isDeleted\n    likeCount\n    viewerHasLiked\n    author {\n      ...PostAuthor\n    }\n  }\n"];
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
export function graphql(source: "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n      acceptedAnswer {\n        ...ReplyFields\n      }\n      replies(first: 100) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n      acceptedAnswer {\n        ...ReplyFields\n      }\n      replies(first: 100) {\n        nodes {\n          ...ReplyFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($query: String!) {\n    users(query: $query, first: 6) {\n      nodes {\n        ...PostAuthor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($query: String!) {\n    users(query: $query, first: 6) {\n      nodes {\n        ...PostAuthor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReply($postId: ID!, $input: ReplyInput!) {\n    createReply(postId: $postId, input: $input) {\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReply($postId: ID!, $input: ReplyInput!) {\n    createReply(postId: $postId, input: $input) {\n      ...ReplyFields\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;