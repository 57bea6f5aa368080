import { Injectable, Logger } from '@nestjs/common';
import { NotificationType, UserStatus } from '@outloud/contracts';
import { CommunityRepository } from '@outloud/communities';
import { SuggestedExpertsService } from '@outloud/expertise';
import { InstanceSettingsService, UserRepository } from '@outloud/identity';
import { NotificationPreferencesReader } from '@outloud/notifications';
import {
  AccessPolicy,
  Clock,
  OutboxService,
  TransactionRunner,
  Viewer,
} from '@outloud/server-core';
import { StreamReader } from '@outloud/stream';
import { RoutingSettingsService } from './routing-settings.service';
import { RoutingSettingsValues } from './routing-settings';
import { OfferReason, RoutedQuestion, RoutingRepository } from './routing.repository';
import { addWorkingHours, localDay, WorkingSchedule } from './working-hours';

/** Rounds of suggested experts before the community's owners are asked. */
export const EXPERT_ROUNDS = 2;
/** Questions looked at per tick (the rest wait for the next tick, a minute later). */
const QUESTIONS_PER_TICK = 200;
/** Suggestions asked for per round: enough to skip people capped, opted out or asked already. */
const SUGGESTIONS = 10;
/** Questions older than this when routing first sees them are not routed (imports, backfills). */
export const ROUTING_LOOKBACK_DAYS = 7;
/** How far back a leaver's unanswered mentions are re-offered. */
export const HANDOVER_LOOKBACK_DAYS = 90;
const DAY_MS = 24 * 3_600_000;

/**
 * Routing unanswered questions (issue 24): a question with no reply from anyone other than the
 * asker after the configured working hours is offered to suggested experts a few at a time,
 * then to its community's owners. Each person is offered at most `dailyCap` questions per local
 * day, never one they cannot see, never their own, never after opting out; the offers reach
 * them through notifications (`routing.question.offered`, one grouped card per day).
 *
 * `tick` runs as one cluster-wide scheduled task, so the cap is counted by one node at a time.
 */
@Injectable()
export class RoutingService {
  private readonly logger = new Logger('RoutingService');

  constructor(
    private readonly repository: RoutingRepository,
    private readonly settings: RoutingSettingsService,
    private readonly instance: InstanceSettingsService,
    private readonly stream: StreamReader,
    private readonly experts: SuggestedExpertsService,
    private readonly communities: CommunityRepository,
    private readonly users: UserRepository,
    private readonly preferences: NotificationPreferencesReader,
    private readonly policy: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** The organisation's working schedule: its time zone with routing's days and hours. */
  async schedule(settings?: RoutingSettingsValues): Promise<WorkingSchedule> {
    const s = settings ?? (await this.settings.current());
    return {
      timeZone: await this.instance.timeZone(),
      startHour: s.workdayStartHour,
      endHour: s.workdayEndHour,
      days: s.workingDays,
    };
  }

  /** A new post: a live question is followed, its first round due after the delay. */
  async questionAsked(postId: string): Promise<void> {
    await this.questionsAsked([postId]);
  }

  /** New posts (a batch): one read for all of them; most are not questions and stop there. */
  async questionsAsked(postIds: string[]): Promise<void> {
    const questions = await this.stream.questionsFacts(postIds);
    if (questions.size === 0) return;
    const now = this.clock.now();
    const settings = await this.settings.current();
    const schedule = await this.schedule(settings);
    for (const [postId, facts] of questions) {
      if (facts.createdAt.getTime() < now.getTime() - ROUTING_LOOKBACK_DAYS * DAY_MS) continue;
      await this.repository.track({
        postId,
        askerId: facts.authorId,
        communityId: facts.communityId,
        askedAt: facts.createdAt,
        nextDueAt: addWorkingHours(facts.createdAt, settings.delayWorkingHours, schedule),
        mentionedSuggested: await this.mentionsASuggestion(facts),
      });
      if (facts.firstOtherReplyAt)
        await this.repository.markAnswered(postId, facts.firstOtherReplyAt);
    }
  }

  /**
   * Whether the question mentions one of the people the composer suggested for it (the top 5 for
   * its text, as the asker saw them when asking): analytics' "a suggested person was mentioned".
   */
  private async mentionsASuggestion(facts: {
    authorId: string;
    communityId: string | null;
    body: string;
    createdAt: Date;
    mentionedIds: string[];
  }): Promise<boolean> {
    if (facts.mentionedIds.length === 0) return false;
    const [asker] = await this.users.findByIds([facts.authorId]);
    if (!asker) return false;
    const suggested = await this.experts.suggest(
      { id: asker.id, handle: asker.handle, role: asker.role, sessionId: '' },
      { draft: facts.body, communityId: facts.communityId, first: 5 },
      facts.createdAt,
    );
    return suggested.some((s) => facts.mentionedIds.includes(s.user.id));
  }

  /**
   * Replies, deleted or hidden posts: answered questions and gone ones leave routing. Most are
   * about posts routing does not follow (or no longer): one statement for the whole batch.
   */
  async questionsChanged(postIds: readonly string[]): Promise<void> {
    for (const postId of await this.repository.openOf([...new Set(postIds)])) {
      const facts = await this.stream.questionFacts(postId);
      if (!facts) await this.repository.close(postId, this.clock.now());
      else if (facts.firstOtherReplyAt)
        await this.repository.markAnswered(postId, facts.firstOtherReplyAt);
    }
  }

  /**
   * Someone left: the open questions offered to them, and the questions that mention them and
   * that they never answered, are offered to the next suggested people at the next tick.
   */
  async personLeft(userId: string): Promise<number> {
    const now = this.clock.now();
    const waiting = await this.stream.questionsWaitingOn(
      userId,
      new Date(now.getTime() - HANDOVER_LOOKBACK_DAYS * DAY_MS),
      100,
    );
    const questions = [];
    for (const postId of waiting) {
      const facts = await this.stream.questionFacts(postId);
      if (facts && !facts.firstOtherReplyAt)
        questions.push({
          postId,
          askerId: facts.authorId,
          communityId: facts.communityId,
          askedAt: facts.createdAt,
          nextDueAt: null,
        });
    }
    return this.repository.requestReoffer(userId, questions, now);
  }

  /** One pass: every question with a round or re-offer due at `now`. Returns the offers made. */
  async tick(now: Date = this.clock.now()): Promise<number> {
    const settings = await this.settings.current();
    if (!settings.enabled) return 0;
    const schedule = await this.schedule(settings);
    let offered = 0;
    for (const q of await this.repository.due(now, QUESTIONS_PER_TICK)) {
      try {
        offered += await this.route(q, settings, schedule, now);
      } catch (e) {
        this.logger.warn(`Routing ${q.postId} failed: ${(e as Error).message}`);
      }
    }
    return offered;
  }

  private async route(
    q: RoutedQuestion,
    settings: RoutingSettingsValues,
    schedule: WorkingSchedule,
    now: Date,
  ): Promise<number> {
    const facts = await this.stream.questionFacts(q.postId);
    if (!facts) {
      await this.repository.close(q.postId, now);
      return 0;
    }
    if (facts.firstOtherReplyAt) {
      await this.repository.markAnswered(q.postId, facts.firstOtherReplyAt);
      return 0;
    }
    const [asker] = await this.users.findByIds([q.askerId]);
    if (!asker) return 0;
    const askerViewer: Viewer = {
      id: asker.id,
      handle: asker.handle,
      role: asker.role,
      sessionId: '',
    };
    const reoffer = !(q.nextDueAt && q.nextDueAt <= now);
    const day = localDay(now, schedule.timeZone);
    const already = new Set([...(await this.repository.offeredTo(q.postId)), q.askerId]);

    let step = q.step;
    for (;;) {
      const reason: OfferReason = reoffer ? 'handover' : step < EXPERT_ROUNDS ? 'expert' : 'owner';
      if (!reoffer && step > EXPERT_ROUNDS) {
        // Every round done (a due date left over): stop following it.
        await this.record(q, [], reason, step, null, false, now, day);
        return 0;
      }
      const candidates =
        reason === 'owner'
          ? q.communityId
            ? await this.communities.ownerIds(q.communityId)
            : []
          : (
              await this.experts.suggest(
                askerViewer,
                { draft: facts.body, communityId: q.communityId, first: SUGGESTIONS },
                now,
              )
            ).map((e) => e.user.id);
      const chosen = (
        await this.eligible(
          candidates.filter((id) => !already.has(id)),
          q.communityId,
          settings.dailyCap,
          day,
        )
      ).slice(0, settings.peoplePerRound);
      const nextStep = reoffer ? step : step + 1;
      const nextDueAt =
        !reoffer && nextStep <= EXPERT_ROUNDS
          ? addWorkingHours(now, settings.delayWorkingHours, schedule)
          : reoffer
            ? q.nextDueAt
            : null;
      // Nobody to ask in this expert round (all asked, capped or opted out): the next round now.
      if (chosen.length === 0 && !reoffer && reason === 'expert') {
        step = nextStep;
        continue;
      }
      await this.record(q, chosen, reason, nextStep, nextDueAt, reoffer, now, day, askerViewer.id);
      return chosen.length;
    }
  }

  private async record(
    q: RoutedQuestion,
    userIds: string[],
    reason: OfferReason,
    step: number,
    nextDueAt: Date | null,
    reoffer: boolean,
    at: Date,
    day: string,
    askerId = q.askerId,
  ): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.repository.recordRound(tx, {
        postId: q.postId,
        userIds,
        reason,
        step,
        nextDueAt,
        reoffer,
        at,
        day,
      });
      if (userIds.length)
        await this.outbox.enqueue(tx, 'routing.question.offered', {
          postId: q.postId,
          askerId,
          userIds,
          day,
        });
    });
  }

  /**
   * Of `candidates` (in their order): active people who may see the question's community, did
   * not opt out of these notifications and have room left under the day's cap.
   */
  private async eligible(
    candidates: string[],
    communityId: string | null,
    cap: number,
    day: string,
  ): Promise<string[]> {
    if (candidates.length === 0) return [];
    const people = new Map(
      (await this.users.findByIds(candidates))
        .filter((u) => u.status === UserStatus.ACTIVE)
        .map((u) => [u.id, u]),
    );
    const optedOut = await this.preferences.optedOut(
      [...people.keys()],
      NotificationType.QUESTIONS_TO_ANSWER,
    );
    const capped = await this.repository.atCap([...people.keys()], day, cap);
    const result: string[] = [];
    for (const id of candidates) {
      const person = people.get(id);
      if (!person || optedOut.has(id) || capped.has(id)) continue;
      if (
        communityId &&
        !(await this.policy.canSeeCommunityPosts({ id, role: person.role }, communityId))
      )
        continue;
      result.push(id);
    }
    return result;
  }

  /** How many people the asker's questions were offered to (the asker alone sees this). */
  routedCounts(postIds: readonly string[]): Promise<Map<string, number>> {
    return this.repository.routedCounts(postIds);
  }

  /** Questions asked in the last `days` days, routed and not (analytics). */
  outcomesOfLastDays(days: number) {
    const to = this.clock.now();
    return this.repository.outcomes(new Date(to.getTime() - days * 24 * 3_600_000), to);
  }
}
