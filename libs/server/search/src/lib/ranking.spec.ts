import {
  ACCEPTED_ANSWER_BOOST,
  boostFactor,
  DEPARTMENT_BOOST,
  ENGAGEMENT_BOOST,
  NETWORK_BOOST,
  OWN_COMMUNITY_BOOST,
  RECENCY_BOOST,
  RECENCY_HALF_LIFE_DAYS,
} from './ranking';
import { SearchViewer } from './search.types';

const now = new Date('2026-06-01T00:00:00Z');
const longAgo = new Date('2000-01-01T00:00:00Z');
const doc = {
  hasAcceptedAnswer: false,
  replyCount: 0,
  likeCount: 0,
  authorId: 'author',
  communityId: 'community',
  authorDepartment: 'Finance',
  createdAt: longAgo,
};
const stranger: SearchViewer = {
  id: 'v',
  visibleCommunityIds: [],
  listedCommunityIds: [],
  networkUserIds: [],
  ownCommunityIds: [],
  department: null,
};

describe('boostFactor', () => {
  it('is 1 (plus a vanishing recency) for an old, quiet post by a stranger', () => {
    expect(boostFactor(doc, stranger, now)).toBeCloseTo(1, 3);
  });

  it('adds each named boost', () => {
    const base = boostFactor(doc, stranger, now);
    expect(boostFactor({ ...doc, hasAcceptedAnswer: true }, stranger, now) - base).toBeCloseTo(
      ACCEPTED_ANSWER_BOOST,
    );
    expect(boostFactor(doc, { ...stranger, networkUserIds: ['author'] }, now) - base).toBeCloseTo(
      NETWORK_BOOST,
    );
    expect(
      boostFactor(doc, { ...stranger, ownCommunityIds: ['community'] }, now) - base,
    ).toBeCloseTo(OWN_COMMUNITY_BOOST);
    expect(boostFactor(doc, { ...stranger, department: 'Finance' }, now) - base).toBeCloseTo(
      DEPARTMENT_BOOST,
    );
  });

  it('grows engagement on a log scale, so popularity cannot drown relevance', () => {
    const base = boostFactor(doc, stranger, now);
    const busy = boostFactor({ ...doc, replyCount: 9, likeCount: 0 }, stranger, now);
    expect(busy - base).toBeCloseTo(ENGAGEMENT_BOOST * Math.log(10));
    const viral = boostFactor({ ...doc, likeCount: 1_000_000 }, stranger, now);
    expect(viral - base).toBeLessThan(1);
  });

  it('gives mild recency that halves every half-life', () => {
    const fresh = boostFactor({ ...doc, createdAt: now }, stranger, now);
    const year = new Date(now.getTime() - RECENCY_HALF_LIFE_DAYS * 86_400_000);
    const older = boostFactor({ ...doc, createdAt: year }, stranger, now);
    expect(fresh - 1).toBeCloseTo(RECENCY_BOOST);
    expect(older - 1).toBeCloseTo(RECENCY_BOOST / 2);
  });

  it('keeps the network first, then settled questions over a few replies and likes', () => {
    expect(NETWORK_BOOST).toBeGreaterThan(ACCEPTED_ANSWER_BOOST);
    expect(NETWORK_BOOST).toBeGreaterThan(ENGAGEMENT_BOOST * Math.log(1 + 20));
    expect(ACCEPTED_ANSWER_BOOST).toBeGreaterThan(ENGAGEMENT_BOOST * Math.log(1 + 5));
  });

  it('keeps the relevance tie-breakers small beside text relevance (qa-dev)', () => {
    expect(ACCEPTED_ANSWER_BOOST).toBeLessThanOrEqual(0.1);
    expect(ENGAGEMENT_BOOST * Math.log(1 + 100)).toBeLessThan(0.1);
  });
});
