import { graphql } from '../../../generated';

export const AdoptionAnalyticsQuery = graphql(`
  query AdoptionAnalytics($input: AnalyticsRangeInput) {
    adoptionAnalytics(input: $input) {
      from
      to
      days
      previousFrom
      previousTo
      department
      community {
        id
        slug
        name
      }
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
      unanswered {
        questions {
          postId
          askedAt
          excerpt
          asker {
            ...AnalyticsPerson
          }
          community {
            id
            slug
            name
          }
          nudge {
            ...AnalyticsPerson
          }
        }
        total
        hiddenCount
      }
      heatmap {
        timeZone
        cells {
          weekday
          hour
          count
        }
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
        questions
        answeredQuestions
        answerRate
        firstAnswerMedianMinutes
      }
      departments {
        kind
        name
        departments
        people
        creators
        contributors
        readers
        activeLast30
        adoptionShare
      }
      stickiness {
        dailyActive
        monthlyActive
        ratio
      }
      openness {
        posts
        openPosts
        restrictedPosts
        openPostShare
        questions
        openQuestions
        restrictedQuestions
        openQuestionShare
      }
      communityCount
      hiddenCommunityCount
      knowledgeReuse {
        ...KnowledgeReuseFields
      }
    }
  }

  fragment AnsweringFields on AnalyticsAnswering {
    questions
    answered
    accepted
    answeredShare
    acceptedShare
    answeredWithinDay
    askedDayAgo
    answeredWithinDayShare
    answeredWithinWeek
    askedWeekAgo
    answeredWithinWeekShare
    firstReplyMedianMinutes
    firstReplyP90Minutes
    acceptedMedianMinutes
    acceptedP90Minutes
  }

  fragment AnalyticsPerson on User {
    id
    handle
    displayName
  }
`);

export const SetOrganisationTimeZoneMutation = graphql(`
  mutation SetOrganisationTimeZone($timeZone: String!) {
    setOrganisationTimeZone(timeZone: $timeZone) {
      timeZone
    }
  }
`);

/** The dashboard's filter choices: departments people gave, communities the admin may see. */
export const AnalyticsFilterOptionsQuery = graphql(`
  query AnalyticsFilterOptions {
    peopleDepartments
    communities(sort: NAME, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const RoutingOutcomesQuery = graphql(`
  query RoutingOutcomes($days: Int!) {
    routingOutcomes(days: $days) {
      routed
      questions
      answered
      medianHoursToFirstAnswer
      mentionedSuggested
    }
  }
`);

export const RoutingSettingsQuery = graphql(`
  query RoutingSettings {
    routingSettings {
      enabled
      delayWorkingHours
      dailyCap
      peoplePerRound
      workdayStartHour
      workdayEndHour
      timeZone
    }
  }
`);

export const SetRoutingSettingsMutation = graphql(`
  mutation SetRoutingSettings($input: RoutingSettingsInput!) {
    setRoutingSettings(input: $input) {
      enabled
      delayWorkingHours
      dailyCap
      peoplePerRound
      workdayStartHour
      workdayEndHour
      timeZone
    }
  }
`);
