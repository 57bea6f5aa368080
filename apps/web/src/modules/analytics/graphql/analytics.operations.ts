import { graphql } from '../../../generated';

export const AdoptionAnalyticsQuery = graphql(`
  query AdoptionAnalytics($input: AnalyticsRangeInput) {
    adoptionAnalytics(input: $input) {
      from
      to
      days
      previousFrom
      previousTo
      series {
        date
        activePeople
        posts
        questions
        replies
      }
      totals {
        activePeople
        posts
        questions
        replies
        likes
        acceptedAnswers
      }
      previousTotals {
        activePeople
        posts
        questions
        replies
        likes
        acceptedAnswers
      }
      participation {
        activeAccounts
        activePeople
        activeShare
        posters
        reactors
        readers
      }
      answering {
        ...AnsweringFields
      }
      previousAnswering {
        ...AnsweringFields
      }
      topContributors {
        user {
          id
          handle
          displayName
        }
        acceptedAnswers
        replies
        posts
      }
      communities {
        id
        slug
        name
        type
        memberCount
        posts
        replies
        activeMembers
        lastActivityAt
        isDormant
      }
      communityCount
      hiddenCommunityCount
    }
  }

  fragment AnsweringFields on AnalyticsAnswering {
    questions
    answered
    accepted
    answeredShare
    acceptedShare
    firstReplyMedianMinutes
    firstReplyP90Minutes
    acceptedMedianMinutes
    acceptedP90Minutes
  }
`);
