import { moderationNotice, moderationNoticeHref } from '../moderation-notice';

describe('moderation notices', () => {
  it('tells the author what happened to their content, with the reason', () => {
    expect(
      moderationNotice({
        type: 'CONTENT_HIDDEN',
        moderation: { targetType: 'POST', outcome: 'HIDDEN', reason: 'Rude' },
      }),
    ).toEqual({ key: 'notice.hidden', target: 'post', reason: 'Rude' });
    expect(
      moderationNotice({
        type: 'CONTENT_HIDDEN',
        moderation: { targetType: 'file_comment', outcome: 'held', reason: null },
      }),
    ).toEqual({ key: 'notice.held', target: 'file_comment', reason: '' });
  });

  it('tells a reporter the outcome only', () => {
    const of = (outcome: string) =>
      moderationNotice({
        type: 'REPORT_RESOLVED',
        moderation: { targetType: 'REPLY', outcome, reason: null },
      })?.key;
    expect(of('HIDDEN')).toBe('notice.reportHidden');
    expect(of('DELETED')).toBe('notice.reportDeleted');
    expect(of('DISMISSED')).toBe('notice.reportNoBreach');
    expect(of('RESTORED')).toBe('notice.reportNoBreach');
  });

  it('is null for other notifications, and links to the thread or file', () => {
    expect(moderationNotice({ type: 'MENTIONED', moderation: null })).toBeNull();
    expect(moderationNoticeHref({ moderation: { postId: 'p', fileId: null } })).toBe('/posts/p');
    expect(moderationNoticeHref({ moderation: { postId: null, fileId: 'f' } })).toBe('/files/f');
    expect(moderationNoticeHref({ moderation: null })).toBeNull();
  });
});
