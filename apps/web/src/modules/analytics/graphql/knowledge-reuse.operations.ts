import { graphql } from '../../../generated';

/**
 * The dashboard's knowledge reuse, asked for inside the dashboard's own query (the server works
 * out the period and filters once).
 */
export const KnowledgeReuseFields = graphql(`
  fragment KnowledgeReuseFields on AnalyticsKnowledgeReuse {
    totals {
      views
      searchClicks
      questions
    }
    previousTotals {
      views
      searchClicks
      questions
    }
    change
    series {
      date
      views
      searchClicks
    }
    topQuestions {
      postId
      excerpt
      community {
        id
        slug
        name
      }
      views
      searchClicks
    }
    hidden {
      questions
      views
      searchClicks
    }
    contentGaps {
      top {
        query
        searches
      }
      texts
      textsBelowThreshold
      minSearches
      emptySearches
      previousEmptySearches
    }
    departmentFilterApplies
  }
`);

/** A question opened (VIEW) or chosen from search results (SEARCH_CLICK); counted without the person. */
export const RecordQuestionUseMutation = graphql(`
  mutation RecordQuestionUse($postId: ID!, $via: QuestionUseKind!) {
    recordQuestionUse(postId: $postId, via: $via)
  }
`);

/** A settled search without filters that found nothing; counted without the person. */
export const RecordEmptySearchMutation = graphql(`
  mutation RecordEmptySearch($query: String!) {
    recordEmptySearch(query: $query)
  }
`);
