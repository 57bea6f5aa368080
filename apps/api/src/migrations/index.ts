import { CoreAndIdentity1764000000000 } from './1764000000000-CoreAndIdentity';
import { Stream1764000100000 } from './1764000100000-Stream';
import { Communities1764000200000 } from './1764000200000-Communities';
import { Search1764000300000 } from './1764000300000-Search';
import { Notifications1764000400000 } from './1764000400000-Notifications';
import { FilesAndBookmarks1764000500000 } from './1764000500000-FilesAndBookmarks';
import { FeedIndexes1764000600000 } from './1764000600000-FeedIndexes';
import { FileText1764000700000 } from './1764000700000-FileText';
import { SearchTypesAndTermStats1764000800000 } from './1764000800000-SearchTypesAndTermStats';
import { NotificationDigest1764000900000 } from './1764000900000-NotificationDigest';
import { AnalyticsRollups1764001000000 } from './1764001000000-AnalyticsRollups';
import { FeedCoveringIndexes1764001100000 } from './1764001100000-FeedCoveringIndexes';
import { OutboxNotifyTrigger1764001200000 } from './1764001200000-OutboxNotifyTrigger';
import { AnalyticsSummaries1764001300000 } from './1764001300000-AnalyticsSummaries';
import { SimilarQuestionsIndex1764001400000 } from './1764001400000-SimilarQuestionsIndex';
import { IdempotencyKeys1764002000000 } from './1764002000000-IdempotencyKeys';
import { MentionsEverNotified1764002010000 } from './1764002010000-MentionsEverNotified';
import { LoginDevices1764002020000 } from './1764002020000-LoginDevices';
import { AuditLog1764002200000 } from './1764002200000-AuditLog';
import { UserLocaleAndSingleSignOn1764002210000 } from './1764002210000-UserLocaleAndSingleSignOn';
import { ScimProvisioning1764002220000 } from './1764002220000-ScimProvisioning';
import { ApiTokens1764002230000 } from './1764002230000-ApiTokens';
import { SearchFoldingAndLexicon1764002300000 } from './1764002300000-SearchFoldingAndLexicon';
import { Moderation1764002500000 } from './1764002500000-Moderation';
import { ContentPolicy1764002510000 } from './1764002510000-ContentPolicy';
import { NotificationCounters1764002800000 } from './1764002800000-NotificationCounters';
import { UserLastActive1764003250000 } from './1764003250000-UserLastActive';
import { Expertise1764003400000 } from './1764003400000-Expertise';
import { ExpertiseLeaders1765000100000 } from './1765000100000-ExpertiseLeaders';
import { ScheduledTasks1765001000000 } from './1765001000000-ScheduledTasks';
import { Routing1765001100000 } from './1765001100000-Routing';
import { AnalyticsQuestionCommunity1765005000000 } from './1765005000000-AnalyticsQuestionCommunity';
import { AnalyticsHourlyActivity1765006000000 } from './1765006000000-AnalyticsHourlyActivity';
import { AnalyticsContributorWeeks1765006100000 } from './1765006100000-AnalyticsContributorWeeks';
import { AnalyticsNudgeIndex1765006200000 } from './1765006200000-AnalyticsNudgeIndex';
import { AnalyticsKnowledgeReuse1765006300000 } from './1765006300000-AnalyticsKnowledgeReuse';
import { AnalyticsAnswererWeeks1765006400000 } from './1765006400000-AnalyticsAnswererWeeks';
import { AnalyticsPeopleLastDays1765006500000 } from './1765006500000-AnalyticsPeopleLastDays';
import { AnalyticsAnswererWindow1765006600000 } from './1765006600000-AnalyticsAnswererWindow';
import { AnalyticsRecomputeIndexes1765006700000 } from './1765006700000-AnalyticsRecomputeIndexes';
import { IdempotencyKeysByPerson1765006800000 } from './1765006800000-IdempotencyKeysByPerson';
import { OutboxUnclaimedJobsByLane1765006900000 } from './1765006900000-OutboxUnclaimedJobsByLane';

/** Every migration, in order. Never edit one that has been merged; add a new one. */
export const MIGRATIONS = [
  CoreAndIdentity1764000000000,
  Stream1764000100000,
  Communities1764000200000,
  Search1764000300000,
  Notifications1764000400000,
  FilesAndBookmarks1764000500000,
  FeedIndexes1764000600000,
  FileText1764000700000,
  SearchTypesAndTermStats1764000800000,
  NotificationDigest1764000900000,
  AnalyticsRollups1764001000000,
  FeedCoveringIndexes1764001100000,
  OutboxNotifyTrigger1764001200000,
  AnalyticsSummaries1764001300000,
  SimilarQuestionsIndex1764001400000,
  IdempotencyKeys1764002000000,
  MentionsEverNotified1764002010000,
  LoginDevices1764002020000,
  AuditLog1764002200000,
  UserLocaleAndSingleSignOn1764002210000,
  ScimProvisioning1764002220000,
  ApiTokens1764002230000,
  SearchFoldingAndLexicon1764002300000,
  Moderation1764002500000,
  ContentPolicy1764002510000,
  NotificationCounters1764002800000,
  UserLastActive1764003250000,
  Expertise1764003400000,
  ExpertiseLeaders1765000100000,
  ScheduledTasks1765001000000,
  Routing1765001100000,
  AnalyticsQuestionCommunity1765005000000,
  AnalyticsHourlyActivity1765006000000,
  AnalyticsContributorWeeks1765006100000,
  AnalyticsNudgeIndex1765006200000,
  AnalyticsKnowledgeReuse1765006300000,
  AnalyticsAnswererWeeks1765006400000,
  AnalyticsPeopleLastDays1765006500000,
  AnalyticsAnswererWindow1765006600000,
  AnalyticsRecomputeIndexes1765006700000,
  IdempotencyKeysByPerson1765006800000,
  OutboxUnclaimedJobsByLane1765006900000,
];
