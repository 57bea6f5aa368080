import { graphql } from '../../../generated';

export const ContentPolicyQuery = graphql(`
  query ContentPolicy {
    contentPolicy {
      mustAcknowledge
      viewerAcknowledgedVersion
      current {
        version
        html
        changeNote
        publishedAt
      }
    }
  }
`);

export const AcknowledgeContentPolicyMutation = graphql(`
  mutation AcknowledgeContentPolicy($version: Int!) {
    acknowledgeContentPolicy(version: $version) {
      mustAcknowledge
      viewerAcknowledgedVersion
      current {
        version
        html
        changeNote
        publishedAt
      }
    }
  }
`);

export const ContentPolicyVersionsQuery = graphql(`
  query ContentPolicyVersions {
    contentPolicyVersions {
      version
      markdown
      changeNote
      publishedAt
      publishedBy {
        id
        displayName
      }
      diff {
        kind
        text
      }
      acknowledgements {
        acknowledged
        people
        share
        byDepartment {
          department
          acknowledged
          people
        }
      }
    }
  }
`);

export const PublishContentPolicyMutation = graphql(`
  mutation PublishContentPolicy($input: PublishContentPolicyInput!) {
    publishContentPolicy(input: $input) {
      version
    }
  }
`);
