import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { parseBody, renderBody } from '@outloud/stream';
import { Client } from 'pg';
import { demoPeople, type DemoPerson } from './demo-people';
import { laterTime, postTime } from './demo-rhythm';
import { createRng, type Rng } from './prng';
import { Progress } from './progress';

/**
 * The demo stream of Northwind Ridge: follows, tag follows, ~400 posts over the last 90 days
 * (status updates and questions), replies, accepted answers, mentions, hashtags and likes.
 * Content is deterministic (fixed PRNG seed); only the ids (random UUIDs) and the absolute
 * times (relative to now) change between runs. Mention and tag rows are derived with the same
 * parser the product uses, so feeds, boards and tag pages behave as for real posts.
 */

export interface StreamSeedCounts {
  posts: number;
  replies: number;
  follows: number;
  likes: number;
}

const SEED = 20_240_801;
const DAY = 86_400_000;
const BATCH = 500;
/** Generated (template) posts; the Stack Exchange questions come on top. */
const TEMPLATE_QUESTIONS = 104;
const TEMPLATE_UPDATES = 236;
const STACK_EXCHANGE_QUESTIONS = 60;
/**
 * Who takes part, as in a real company: about a fifth of the people write (posts and replies),
 * about a sixth more only like, and the rest read. So the dashboard's "active people" is a
 * believable minority, not everyone.
 */
const WRITER_SHARE = 0.2;
const LIKER_SHARE = 0.16;

// ---------------------------------------------------------------------------------------------
// Content catalogue
// ---------------------------------------------------------------------------------------------

/**
 * A question and the answers that fit it (the first is the best one), for the reply threads.
 */
type QA = readonly [question: string, ...answers: string[]];

/**
 * One subject people post about. Placeholders: {m} mentions of colleagues who know the topic,
 * {office}, {customer}, {customer2}, {day}, {n} and {dept} (the author's department); in answers
 * also {e} (another colleague who knows). Mentions and hashtags are appended when a template
 * has no {m}.
 */
interface Topic {
  tag: string;
  /** A second hashtag sometimes added. */
  alsoTags?: readonly string[];
  /** The department whose people post updates about it; '*' for anyone. */
  department: string;
  /** Expertise tags of the people who can answer (and post updates). */
  experts: readonly string[];
  questions: readonly QA[];
  updates: readonly string[];
}

const TOPICS: readonly Topic[] = [
  {
    tag: 'vpn',
    alsoTags: ['it-help', 'macos'],
    department: 'IT',
    experts: ['vpn', 'sso'],
    questions: [
      [
        'Does anyone know how to renew the VPN certificate on a Mac?',
        'Remove the old certificate in Keychain Access, then open the self-service portal and click “Renew VPN profile”. The new one arrives within a couple of minutes.',
        'If the portal says the profile is still valid, open a service desk ticket with the category VPN — {e} can push a fresh one remotely.',
      ],
      [
        "The VPN keeps dropping every 20 minutes or so when I'm on hotel wifi. Is there a setting I'm missing?",
        "It's a known issue since the last macOS update. Reinstalling the client from the self-service portal fixed it for me.",
        'Switch the protocol to TCP in the client settings. Hotel networks often kill long-running UDP connections.',
      ],
      [
        'Is split tunnelling allowed on the VPN now, or does all traffic still go through {office}?',
        'Split tunnelling is on for video calls only; everything else still goes through the gateway. Details are on the IT page.',
      ],
    ],
    updates: [
      'Heads-up: VPN gateway maintenance on {day} evening, 20:00–22:00 CET. Expect one short reconnect.',
      'We moved the VPN to the new gateway — connections from {office} should be noticeably faster now.',
    ],
  },
  {
    tag: 'laptops',
    alsoTags: ['it-help'],
    department: 'IT',
    experts: ['laptops', 'mdm', 'service-desk'],
    questions: [
      [
        'My laptop is due for replacement — how do I order a new one, and what happens to my files?',
        'Order it in the self-service portal under Hardware → Laptop refresh; your manager gets an approval request. Files sync from OneDrive, so nothing is lost.',
        'Check that OneDrive says “Up to date” before the swap. {e} moved my browser bookmarks over too.',
      ],
      [
        'Can I get a second monitor for working from home, and who approves it?',
        'Monitors for home are covered up to 2,500 SEK. Order through the portal, or buy one and attach the receipt to an expense claim.',
      ],
      [
        'My laptop battery has started to bulge a little. Warranty swap, or do I need a new machine?',
        'Please stop using it and bring it to the IT desk today — swollen batteries are a safety issue. {e} can give you a loaner.',
      ],
    ],
    updates: [
      'The laptop refresh for Sales and Customer Success starts {day}. You will get an invite to book a 30-minute swap slot in {office}.',
      'Loaner laptops are now available at the IT desk in {office} — handy if yours is in for repair.',
    ],
  },
  {
    tag: 'sso',
    alsoTags: ['security'],
    department: 'IT',
    experts: ['sso', 'password-resets', 'service-desk'],
    questions: [
      [
        "I changed phones and now I'm locked out of single sign-on. How do I move my authenticator?",
        'Use the “Lost my device” link on the login page; it sends a one-time code to your backup e-mail. Then register the new phone under My sign-ins.',
        'If you have no backup e-mail set, call the service desk — they verify you on video and reset it in five minutes.',
      ],
      [
        'Can we add the new analytics tool to single sign-on, or does it need a security review first?',
        'Every new app needs a quick security review first — fill in the vendor form and {e} will pick it up.',
      ],
      [
        'Why does SSO ask me to log in again every morning? Colleagues say theirs remembers them for a week.',
        'That happens when the browser blocks third-party cookies for the login domain. Allow them for login.northwind.example and it should stick.',
      ],
    ],
    updates: [
      'Zendesk and Figma are now behind single sign-on. One password less to remember!',
      'We are switching SSO to number matching on {day}. The login prompt will show a two-digit code to type into the app.',
    ],
  },
  {
    tag: 'wifi',
    alsoTags: ['office'],
    department: 'IT',
    experts: ['wifi', 'printers', 'facilities'],
    questions: [
      [
        'Is the guest wifi password in {office} still the one on the reception board? We have visitors from {customer} tomorrow.',
        'Guest wifi rotates every Monday — the current password is on the intranet page for {office}.',
        'Ask reception for a visitor code, it is valid for a week. {e} can create a longer one for workshops.',
      ],
      [
        'Video calls keep freezing in the corner meeting rooms in {office}. Is the wifi weak there?',
        'Those rooms sit between two access points. Use the cable on the table if you can; a new access point is ordered.',
      ],
    ],
    updates: [
      'New wifi access points are up on the 4th floor in {office}. Video calls in the corner rooms should finally work.',
      'The guest wifi now has a one-click sign-in page, so visitors no longer need a password.',
    ],
  },
  {
    tag: 'printers',
    alsoTags: ['office'],
    department: 'IT',
    experts: ['printers', 'service-desk', 'facilities'],
    questions: [
      [
        'The printer on the 3rd floor in {office} only prints blank pages. Does anyone know the trick?',
        'Power-cycle it and choose “Northwind-Secure” in the print dialog, not the old queue. If that fails, {e} knows the service menu.',
        'Check the toner — the blank pages started for us when the cartridge was “almost empty” but not flagged.',
      ],
      [
        'How do I print from my phone to the office printers?',
        'Install the print app from the self-service portal, then scan the QR code on the printer.',
      ],
    ],
    updates: [
      'Follow-me printing is live in {office}: print to “Northwind-Secure” and badge in at any printer to collect it.',
    ],
  },
  {
    tag: 'mdm',
    alsoTags: ['macos', 'security'],
    department: 'IT',
    experts: ['mdm', 'macos', 'laptops'],
    questions: [
      [
        'The MDM keeps asking me to update macOS, but the update fails every time. Is it safe to postpone?',
        'You can postpone twice. If it fails, free up 30 GB and try again from the self-service portal — that usually does it.',
      ],
      [
        'Can I install the company e-mail profile on my personal phone without giving IT access to my photos?',
        'Yes: personal phones are enrolled as “work profile only”. IT can wipe the work profile, never your photos or messages.',
      ],
    ],
    updates: [
      'MDM now enforces FileVault on all Macs. If you see an encryption prompt after a restart, that is us.',
      'The macOS update deadline is {day}. After that, the update installs automatically overnight.',
    ],
  },
  {
    tag: 'kubernetes',
    alsoTags: ['platform', 'devops'],
    department: 'Engineering',
    experts: ['kubernetes', 'terraform', 'observability'],
    questions: [
      [
        'Has anyone upgraded a cluster to the new Kubernetes version yet? Wondering about the ingress changes before we do staging on {day}.',
        'We did it last week. Read the deprecation notes for ingress annotations first — two of ours needed renaming. {e} has the diff.',
        'Drain one node first and watch the pod disruption budgets. Ours blocked the drain until we fixed them.',
      ],
      [
        "What's the right way to get read access to the production cluster for debugging?",
        'Request the “prod-read” group in the access portal; it is approved automatically for people on the on-call rota.',
      ],
      [
        'Pods in staging keep getting OOMKilled since yesterday. Did someone change the default memory limits?',
        "Yes, the limits come from the shared Helm values now. Override them in your service's values file until the default is fixed.",
        'Same for us. {e} is rolling back the default this afternoon.',
      ],
    ],
    updates: [
      'Staging is now on the new Kubernetes version. Production upgrade is planned for {day} — the runbook is in the wiki.',
      'We right-sized the cluster node pools and cut the monthly cloud bill by about {n}0%.',
      'Kubernetes upgrade done in production with zero downtime. Boring, exactly as planned.',
    ],
  },
  {
    tag: 'postgresql',
    alsoTags: ['databases'],
    department: 'Engineering',
    experts: ['postgresql', 'performance', 'sql'],
    questions: [
      [
        'Is it okay to add an index on the orders table during office hours, or should it wait for the maintenance window?',
        'Use CREATE INDEX CONCURRENTLY and it is fine during the day — just keep an eye on replication lag.',
      ],
      [
        "What's our recommended way to run a one-off data fix in production PostgreSQL?",
        'Write it as a migration script, get a review, and run it through the ops job so it is logged. {e} is happy to pair on it.',
      ],
      [
        'One report query went from 2 seconds to 40 after the weekend. Where do I start?',
        'Run EXPLAIN (ANALYZE, BUFFERS) and compare with the old plan. Statistics were probably stale — an ANALYZE on the table fixed ours.',
        'Check whether it still hits the replica. The weekend failover pointed a few reports at the primary.',
      ],
    ],
    updates: [
      'Read replicas are live for reporting queries. Please point dashboards at the replica, not the primary.',
      'PostgreSQL minor upgrade finished overnight. Nobody noticed, which is how it should be.',
    ],
  },
  {
    tag: 'incident-response',
    alsoTags: ['on-call'],
    department: 'Engineering',
    experts: ['incident-response', 'observability'],
    questions: [
      [
        'Who decides when an incident gets a public status page update?',
        'The incident commander decides, with Customer Success in the loop. The status page template is in the runbook.',
      ],
      [
        'Is there a template for incident postmortems, or does each team write its own?',
        'There is one shared template in the wiki under Incidents → Postmortems. Blameless, and due within five working days.',
      ],
    ],
    updates: [
      "Postmortem for last {day}'s checkout outage is published. Root cause: an expired certificate. Every action item has an owner.",
      'We ran a game day on the payment service: {n} findings, all small. Thanks everyone who joined!',
    ],
  },
  {
    tag: 'ci-cd',
    alsoTags: ['devops'],
    department: 'Engineering',
    experts: ['ci-cd', 'performance', 'typescript'],
    questions: [
      [
        'CI builds went from 8 to 20 minutes this week. Has anyone looked into it?',
        'The cache key changed when we bumped Node. Clearing the cache fixed it for our repo.',
        'We also split the test job into four shards — a two-line change in the pipeline config.',
      ],
      [
        'How do I re-run only the failed jobs in the pipeline instead of the whole thing?',
        'There is a “Retry failed jobs” button at the top right of the pipeline page, next to Cancel.',
      ],
    ],
    updates: [
      'Build caches are back: the main pipeline is down to about {n} minutes again.',
      'Preview environments now spin up for every pull request. The link appears as a comment on the PR.',
    ],
  },
  {
    tag: 'observability',
    alsoTags: ['on-call'],
    department: 'Engineering',
    experts: ['observability', 'incident-response', 'performance'],
    questions: [
      [
        'Where do I find the latency dashboard for the public API?',
        'It is under Dashboards → API → Latency. Pin it, the search is terrible.',
      ],
      [
        'How long do we keep logs, and can I search logs from last month?',
        'Thirty days hot, a year in cold storage. For older logs, ask {e} to restore the day you need.',
      ],
    ],
    updates: [
      'New alert rules for the API go live {day}: we page on error budget burn, not on single spikes.',
      'Tracing is now enabled for all backend services. Try following one request from the gateway to the database!',
    ],
  },
  {
    tag: 'code-review',
    alsoTags: ['typescript', 'react'],
    department: 'Engineering',
    experts: ['code-review', 'typescript', 'react', 'api-design'],
    questions: [
      [
        'Do we have guidelines on how big a pull request should be before we split it?',
        'Rule of thumb: if it takes more than 30 minutes to review, split it. The engineering handbook has examples.',
      ],
      [
        'Are we moving the web app to the new React version this quarter?',
        'Yes, planned for next sprint. {e} is writing a migration guide.',
      ],
      [
        'Is there a shared ESLint config, or is every repo on its own?',
        'There is a shared config package; add it as a dev dependency and extend it.',
      ],
    ],
    updates: [
      'The design-system components are now typed end to end — TypeScript will catch wrong props before review does.',
      'We now require one approval instead of two for small pull requests. Review time should drop a lot.',
    ],
  },
  {
    tag: 'terraform',
    alsoTags: ['platform'],
    department: 'Engineering',
    experts: ['terraform', 'kubernetes'],
    questions: [
      [
        "What's the process for changing DNS records — a Terraform pull request or a ticket?",
        'A pull request to the infrastructure repo; the plan is posted as a comment and {e} or the platform team approves.',
      ],
    ],
    updates: [
      'All our DNS now lives in Terraform. No more clicking around in the registrar console.',
    ],
  },
  {
    tag: 'roadmapping',
    alsoTags: ['product'],
    department: 'Product',
    experts: ['roadmapping', 'prioritisation', 'okrs', 'release-planning'],
    questions: [
      [
        "Where's the latest version of the roadmap? The one in the shared drive looks outdated.",
        'The wiki page is the current one; the slides in the drive are from the spring planning.',
      ],
      [
        'How do I get a customer request from {customer} considered for the next quarter?',
        'Log it on the feedback board with the account name and ARR. Product triages it every Tuesday.',
        'And tell {e} directly if it is blocking a renewal — that changes the priority.',
      ],
    ],
    updates: [
      'Roadmap review for next quarter is on {day}. Bring your top three customer problems, not solutions.',
      'The roadmap page in the wiki is now the single source of truth. Old slides are archived.',
    ],
  },
  {
    tag: 'a-b-testing',
    alsoTags: ['analytics', 'product'],
    department: 'Product',
    experts: ['a-b-testing', 'experiment-design', 'statistics', 'analytics'],
    questions: [
      [
        'How long should we run the pricing page A/B test before we call it?',
        'Decide the sample size up front — with our traffic that is about two full weeks. Do not peek and stop early.',
        'Make sure it covers two full weekly cycles; weekend traffic behaves very differently.',
      ],
      [
        'Can we A/B test e-mail subject lines in the newsletter tool, or do we need something else?',
        'The newsletter tool has a split-test option under Campaign settings. {e} used it last month.',
      ],
    ],
    updates: [
      'The new onboarding flow won its A/B test: +{n}% activation in week one. Rolling out to everyone {day}.',
    ],
  },
  {
    tag: 'release-planning',
    alsoTags: ['product'],
    department: 'Product',
    experts: ['release-planning', 'roadmapping', 'product-marketing'],
    questions: [
      [
        'When is the next release freeze, and who approves exceptions?',
        'Freeze is Wednesday noon before each release. Exceptions go to the release manager for the week.',
      ],
    ],
    updates: [
      'Release notes for this sprint are up. Biggest item: bulk export for admins.',
      'Next release freeze starts {day}. Anything not merged by then goes into the following release.',
    ],
  },
  {
    tag: 'design-systems',
    alsoTags: ['design', 'figma'],
    department: 'Design',
    experts: ['design-systems', 'figma', 'prototyping'],
    questions: [
      [
        'Is there a Figma library for the new icons, or are we still on the old set?',
        'The new icons are in the “Core 3” library — enable it under Assets → Team libraries.',
      ],
      [
        'Which button style should I use for destructive actions in dialogs?',
        'The red outline button, placed on the left. There is a pattern page for it in the design system.',
      ],
    ],
    updates: [
      'Design review on {day} at 14:00 in {office} (and on video): the new settings pages. Everyone welcome!',
      'We published v3 of the design system with dark mode tokens.',
    ],
  },
  {
    tag: 'accessibility',
    alsoTags: ['design'],
    department: 'Design',
    experts: ['accessibility', 'ux-writing', 'design-systems'],
    questions: [
      [
        'What contrast ratio do we need for disabled buttons?',
        'Disabled controls are exempt from the 4.5:1 rule, but we aim for 3:1 so people can still find them.',
      ],
      [
        'Does anyone have a good checklist for testing a page with a screen reader?',
        'The accessibility page in the design system has a 10-step checklist. {e} ran a workshop on it too.',
      ],
    ],
    updates: [
      'We ran a screen-reader test of the sign-up flow and fixed {n} issues. Thanks for the help!',
    ],
  },
  {
    tag: 'ux-research',
    alsoTags: ['design', 'customers'],
    department: 'Design',
    experts: ['ux-research', 'usability-testing', 'user-interviews'],
    questions: [
      [
        'How do we recruit customers for a 30-minute usability test? Do we pay them?',
        'Ask Customer Success for a list and offer a gift card; the research budget covers it.',
      ],
      [
        'Is there a consent form template for recording user interviews?',
        'Yes, in the research repo under Templates. Legal approved it last year.',
      ],
    ],
    updates: [
      'Usability test summary: {n} of 8 people missed the export button. Recordings and notes are in the research repo.',
      'Open research session on {day}: watch real customers use the new reports, snacks included.',
    ],
  },
  {
    tag: 'salesforce',
    alsoTags: ['crm', 'sales'],
    department: 'Sales',
    experts: ['salesforce', 'crm', 'forecasting'],
    questions: [
      [
        'How do I merge two duplicate accounts in Salesforce without losing the opportunity history?',
        'Use Merge Accounts from the duplicate account; opportunities and activities move to the master record.',
      ],
      [
        'Can someone give me access to the partner dashboards in Salesforce?',
        'Ask {e} — partner dashboards are shared per role, so it is a two-minute change.',
      ],
    ],
    updates: [
      'New Salesforce layout for opportunities goes live {day}: fewer fields, and next steps are mandatory.',
    ],
  },
  {
    tag: 'rfps',
    alsoTags: ['sales', 'security'],
    department: 'Sales',
    experts: ['rfps', 'compliance', 'iso-27001', 'soc-2'],
    questions: [
      [
        'We got an RFP from {customer} with a 200-line security questionnaire. Is there a standard answer library?',
        'Yes, the answer library in the sales workspace covers most of it; Security reviews anything new. {e} helped us last time.',
      ],
      [
        'Who signs off on RFP answers about data residency?',
        'Legal signs off on data residency; post in the RFP channel with the deadline.',
      ],
    ],
    updates: [
      'The RFP answer library now has {n}0 approved security answers. Search it before you write your own!',
    ],
  },
  {
    tag: 'enterprise-deals',
    alsoTags: ['sales', 'wins'],
    department: 'Sales',
    experts: ['enterprise-deals', 'negotiation', 'contracts'],
    questions: [
      [
        'Can we offer a multi-year discount above 15% without finance approval?',
        'Anything above 15% needs the deal desk. It is quick if you attach the pricing sheet.',
      ],
      [
        '{customer} wants unlimited liability in the contract. Has anyone negotiated this down before?',
        'We capped it at twice the annual fee for {customer2}. Talk to Legal — {e} has the clause.',
      ],
    ],
    updates: [
      'Signed {customer}! Three-year deal, our biggest in the Nordics this year. Huge thanks to {m} for the legal and security support.',
      'Closed-won: {customer} is moving all {n} of their regional teams to us. 🎉',
    ],
  },
  {
    tag: 'forecasting',
    alsoTags: ['sales'],
    department: 'Sales',
    experts: ['forecasting', 'salesforce', 'budgeting'],
    questions: [
      [
        'When is the forecast call this quarter, and do we still submit in Salesforce?',
        'Mondays at 9:00, and yes, commit in Salesforce by Friday evening.',
      ],
    ],
    updates: ['Quarter forecast submitted. We are tracking {n}% above plan — thank you all!'],
  },
  {
    tag: 'webinars',
    alsoTags: ['marketing', 'events'],
    department: 'Marketing',
    experts: ['webinars', 'events', 'product-marketing'],
    questions: [
      [
        'Which tool do we use for webinar registration these days?',
        'We use the events platform now; ask {e} for a login.',
      ],
      [
        'Can customers get the webinar recording if they registered but did not attend?',
        'Yes, everyone who registered gets the recording automatically the next morning.',
      ],
    ],
    updates: [
      'Our webinar on working out loud had {n}00 sign-ups — the recording goes out {day}.',
      'Next customer webinar: admin tips and tricks, {day} at 15:00. Invite your accounts!',
    ],
  },
  {
    tag: 'brand',
    alsoTags: ['marketing'],
    department: 'Marketing',
    experts: ['brand', 'copywriting', 'illustration'],
    questions: [
      [
        'Where can I find the latest logo files and the new slide template?',
        'Everything is in the brand hub: logos, fonts and the slide template.',
      ],
      [
        'Is it “Northwind Ridge” or “Northwind” in customer-facing copy?',
        'Full name on first mention, then “Northwind” is fine. The writing guide has the details.',
      ],
    ],
    updates: [
      'The new slide template is live in the brand hub. Old decks still work, but please switch when you can.',
    ],
  },
  {
    tag: 'newsletters',
    alsoTags: ['marketing'],
    department: 'Marketing',
    experts: ['newsletters', 'content-strategy', 'seo'],
    questions: [
      [
        'How do I get a customer story into the next newsletter?',
        'Reply on the newsletter post or send a short draft to {e}. Customer quotes need approval first.',
      ],
    ],
    updates: [
      'The customer newsletter goes out {day}. Got a story from your team? Reply here by Wednesday.',
      'Newsletter open rate hit {n}0% last month, our best ever. The case study with {customer} did it.',
    ],
  },
  {
    tag: 'renewals',
    alsoTags: ['customers'],
    department: 'Customer Success',
    experts: ['renewals', 'churn-analysis', 'negotiation'],
    questions: [
      [
        '{customer} is up for renewal next month and wants to drop seats. How have others handled this?',
        'Ask what changed first. Often a usage review with their admin saves half of the seats.',
        'Offer a multi-year term in exchange for keeping the seats — that worked with {customer2}.',
      ],
      [
        'Do we send renewal quotes 90 or 60 days before the end date?',
        '90 days for enterprise, 60 for everyone else. The renewal playbook has templates.',
      ],
    ],
    updates: [
      '{customer} renewed for another two years and added the analytics module!',
      'Renewal numbers for last quarter are in: {n}% above target on net retention. Great work, everyone.',
    ],
  },
  {
    tag: 'onboarding',
    alsoTags: ['customers', 'new-joiners'],
    department: 'Customer Success',
    experts: ['onboarding', 'customer-training', 'knowledge-base'],
    questions: [
      [
        "Is there a checklist for a new joiner's first week, or does each team make its own?",
        'There is a company-wide checklist in the handbook, and each team adds its own page to it.',
      ],
      [
        'How long does customer onboarding usually take for an account the size of {customer}?',
        'About six weeks with a dedicated CSM. {e} has a good plan template.',
      ],
    ],
    updates: [
      'Shipping the new onboarding checklist today — feedback welcome',
      'Onboarding for {customer} kicked off today: {n}00 users in the first wave.',
    ],
  },
  {
    tag: 'escalations',
    alsoTags: ['customers', 'zendesk'],
    department: 'Customer Success',
    experts: ['escalations', 'zendesk', 'incident-response'],
    questions: [
      [
        "What's the escalation path when a customer reports data loss on a weekend?",
        'Page the on-call engineer through the incident tool, then tell the account manager. Do not wait until Monday.',
      ],
      [
        'Can we add a Zendesk macro for the new SSO error?',
        '{e} owns the macros — send over the text you want and it can be live today.',
      ],
    ],
    updates: [
      'We cut first-response time in Zendesk to under two hours this month.',
      'New escalation runbook is live: one page, three steps, and who to call.',
    ],
  },
  {
    tag: 'knowledge-base',
    alsoTags: ['customers'],
    department: 'Customer Success',
    experts: ['knowledge-base', 'ux-writing', 'customer-training'],
    questions: [
      [
        'Who can publish articles in the help centre?',
        'Anyone can draft; the support leads publish. {e} reviews most of them.',
      ],
    ],
    updates: ['{n} new help-centre articles about admin settings are live.'],
  },
  {
    tag: 'expense-policy',
    alsoTags: ['finance'],
    department: 'Finance',
    experts: ['expense-policy', 'budgeting', 'invoicing'],
    questions: [
      [
        'Quick one: do we need itemised receipts for taxi rides under 200 SEK, or is the card statement enough?',
        'The card statement is fine under 200 SEK, just write the purpose in the claim.',
      ],
      [
        'Is a home-office chair covered by the expense policy?',
        'Yes, up to 3,000 SEK every three years for an ergonomic chair. Your manager approves it.',
      ],
      [
        'What is the daily meal allowance when travelling to {office}?',
        'It depends on the country — the table is in the expense policy, section 4. {e} can confirm.',
      ],
    ],
    updates: [
      'Reminder: expense claims for this month must be in by the 25th to make payroll.',
      'The expense policy is updated: client dinners now need the names of the guests.',
    ],
  },
  {
    tag: 'payroll',
    alsoTags: ['finance'],
    department: 'Finance',
    experts: ['payroll', 'month-end-close'],
    questions: [
      [
        'When is payroll this month, with the public holiday on {day}?',
        'It moves one working day earlier — payslips are in the portal the day before.',
      ],
      [
        'My payslip shows the wrong tax table. Who do I contact?',
        'Send it to the payroll inbox with your payslip attached; {e} fixes these within a day.',
      ],
    ],
    updates: [
      'Payroll runs on the 24th this month because of the holiday. Payslips appear in the portal the day before.',
    ],
  },
  {
    tag: 'vat',
    alsoTags: ['finance', 'invoicing'],
    department: 'Finance',
    experts: ['vat', 'invoicing', 'ifrs'],
    questions: [
      [
        'A supplier in Germany invoiced us with German VAT. Should they have used reverse charge?',
        'Yes, for services between two VAT-registered companies it should be reverse charge. Ask them for a credit note.',
      ],
    ],
    updates: [
      'New rule for supplier invoices: always include our VAT number, or they will be sent back.',
    ],
  },
  {
    tag: 'budgeting',
    alsoTags: ['finance'],
    department: 'Finance',
    experts: ['budgeting', 'forecasting', 'month-end-close'],
    questions: [
      [
        'When are budget proposals for next year due, and is there a template?',
        'Mid-October; the template is in the finance workspace. {e} runs drop-in sessions.',
      ],
    ],
    updates: [
      'Month-end close is done two days early — thanks everyone for getting invoices in on time!',
      'Budget season starts {day}. Templates are in the finance workspace.',
    ],
  },
  {
    tag: 'travel',
    alsoTags: ['operations'],
    department: 'Operations',
    experts: ['travel', 'expense-policy', 'vendor-management'],
    questions: [
      [
        "What's the right way to book travel for a customer visit to {office}? Do we still use the travel agency?",
        'Book it in the travel tool; the agency only handles group trips now.',
      ],
      [
        'Can I book a train instead of a flight if it is a bit more expensive?',
        'Yes — trains are preferred for trips under five hours, even if they cost a bit more.',
      ],
    ],
    updates: [
      'The new travel booking tool is live: hotels and trains in one place, and receipts go straight to expenses.',
      'Travel tip: the company rate at the hotel next to the {office} office is back.',
    ],
  },
  {
    tag: 'office-moves',
    alsoTags: ['gothenburg', 'office'],
    department: 'Operations',
    experts: ['office-moves', 'facilities', 'health-and-safety'],
    questions: [
      [
        'Will there be parking at the new Gothenburg office, or should I get a tram card?',
        'A few spaces, bookable in the desk app. Most people take tram 5, and travel cards can be expensed.',
      ],
      [
        'Do we have a floor plan for the new Gothenburg office yet?',
        'Yes, it is on the Operations page. {e} can walk you through it.',
      ],
      [
        'What happens to our lockers in Gothenburg during the move?',
        'Empty them by Thursday; new lockers are assigned in the desk app.',
      ],
    ],
    updates: [
      'Gothenburg office move update: we move to the new space at Lindholmen on the 14th. Pack your desk by Thursday; crates arrive Monday.',
      'First week in the new Gothenburg office done! Coffee machine works, wifi works, and the view is great.',
    ],
  },
  {
    tag: 'facilities',
    alsoTags: ['office'],
    department: 'Operations',
    experts: ['facilities', 'health-and-safety', 'vendor-management'],
    questions: [
      [
        'The air conditioning in the {office} meeting rooms is stuck on full blast. Who do I tell?',
        'Report it in the facilities form; they can reach the building manager the same day.',
      ],
      [
        'Can we book the big meeting room in {office} for an all-day workshop?',
        'Yes, book it in the room app. All-day bookings need catering ordered two days ahead.',
      ],
    ],
    updates: [
      'Fire drill in {office} on {day} at 10:00. It takes 15 minutes.',
      'Standing desks are installed on the second floor in {office}. Enjoy!',
    ],
  },
  {
    tag: 'benefits',
    alsoTags: ['wellbeing', 'people'],
    department: 'People & Culture',
    experts: ['benefits', 'wellbeing', 'payroll'],
    questions: [
      [
        'Does the wellness allowance cover climbing gym memberships?',
        'Yes, any sport counts. Claim it through expenses with the receipt.',
      ],
      [
        'Is there an eye-test benefit for people who work at screens all day?',
        'Yes, screen glasses are covered. Book the eye test and claim the receipt.',
      ],
    ],
    updates: ['The wellness allowance goes up to 5,000 SEK from next year.'],
  },
  {
    tag: 'parental-leave',
    alsoTags: ['people'],
    department: 'People & Culture',
    experts: ['parental-leave', 'benefits', 'employment-law'],
    questions: [
      [
        'How much notice do I need to give before parental leave, and who do I tell first?',
        'Two months is the legal minimum in Sweden; tell your manager first, then HR sets up the plan.',
      ],
      [
        'Is the parental leave top-up the same in every country?',
        'It is the same top-up everywhere now. {e} has the country details.',
      ],
    ],
    updates: [
      'Our parental leave policy now applies to all countries in the same way — details in the handbook.',
    ],
  },
  {
    tag: 'recruiting',
    alsoTags: ['hiring', 'people'],
    department: 'People & Culture',
    experts: ['recruiting', 'employer-branding', 'onboarding'],
    questions: [
      [
        'How does the referral bonus work when the person starts after their notice period?',
        'The bonus is paid after they pass probation, no matter when they start.',
      ],
      [
        'Can I join interview panels for other teams to get practice?',
        'Yes, please! Sign up for the interview training first, then tell {e}.',
      ],
    ],
    updates: [
      'We are hiring {n} backend engineers in {office}! Referrals are very welcome.',
      'Interview training for new panel members on {day}. Sign up in the learning portal.',
    ],
  },
  {
    tag: 'performance-reviews',
    alsoTags: ['people'],
    department: 'People & Culture',
    experts: ['performance-reviews', 'mentoring'],
    questions: [
      [
        'Are peer reviews mandatory this round?',
        'Not mandatory, but recommended — pick two or three peers you worked closely with.',
      ],
    ],
    updates: ['Mid-year reviews open on {day}. New this time: a much shorter self-review form.'],
  },
  {
    tag: 'all-hands',
    alsoTags: ['announcements'],
    department: 'People & Culture',
    experts: ['internal-communications', 'all-hands', 'events'],
    questions: [
      [
        'Will the all-hands be recorded for people in Toronto and Austin?',
        'Yes, the recording is up the same evening.',
      ],
    ],
    updates: [
      'All-hands on {day} at 15:00 CET — Q2 results, the Gothenburg move, and your questions. Post them here!',
      'Slides and recording from the all-hands are on the intranet. Thanks for all the questions!',
    ],
  },
  {
    tag: 'gdpr',
    alsoTags: ['privacy', 'legal'],
    department: 'Legal',
    experts: ['gdpr', 'privacy', 'compliance'],
    questions: [
      [
        'A customer asked for a copy of all the data we hold on them. Is there a process for GDPR access requests?',
        'Yes: forward it to the privacy inbox. We have one month to reply, and {e} tracks the deadline.',
      ],
      [
        'Can we use customer e-mail addresses from support tickets for a product survey, or do we need consent?',
        'Only if they agreed to research contact. Otherwise use an opt-in survey in the product.',
      ],
      [
        'Do we need a data processing agreement with {customer} for the pilot?',
        'Yes, use our standard DPA. It is in the contract library.',
      ],
    ],
    updates: [
      'Our updated privacy notice is live. The main change is the new list of sub-processors.',
      'GDPR refresher training is open until {day}. It takes 20 minutes.',
    ],
  },
  {
    tag: 'contracts',
    alsoTags: ['legal'],
    department: 'Legal',
    experts: ['contracts', 'ndas', 'negotiation'],
    questions: [
      [
        'Where do I find our standard mutual NDA? {customer} wants one before a demo.',
        'It is in the contract library — use the mutual version and send it for e-signature; no legal review needed if unchanged.',
      ],
      [
        'How long does legal review of a customer contract usually take?',
        'About three working days for our paper, longer for theirs. Send it early!',
      ],
    ],
    updates: ['E-signature is now the default for all NDAs — no more printing and scanning.'],
  },
  {
    tag: 'open-source-licensing',
    alsoTags: ['legal'],
    department: 'Legal',
    experts: ['open-source-licensing', 'compliance'],
    questions: [
      [
        'Can we use a GPL-licensed library in the mobile app?',
        'Not without a review. GPL in a distributed app has real obligations; ask {e} first.',
      ],
    ],
    updates: ['The open-source policy is updated: MIT, BSD and Apache 2.0 are pre-approved.'],
  },
  {
    tag: 'dashboards',
    alsoTags: ['analytics', 'data'],
    department: 'Research',
    experts: ['dashboards', 'sql', 'data-visualisation'],
    questions: [
      [
        'Is there a dashboard for weekly active users per customer?',
        'Yes, “Product usage → Accounts”. Filter by account name.',
      ],
      [
        'The numbers in the revenue dashboard do not match Salesforce. Which one is right?',
        'Salesforce is the source of truth; the dashboard lags a day. {e} is fixing the sync.',
      ],
    ],
    updates: [
      'New churn dashboard is live: usage-drop alerts per account, updated daily.',
      'We retired {n} unused dashboards. Tell us if you miss one!',
    ],
  },
  {
    tag: 'statistics',
    alsoTags: ['data'],
    department: 'Research',
    experts: ['statistics', 'experiment-design', 'survey-design'],
    questions: [
      [
        'Which test should I use to compare NPS between two customer segments?',
        'NPS is not normally distributed; bootstrap the difference. Happy to pair on it with {e}.',
      ],
    ],
    updates: ['Research office hours every {day} at 13:00 — bring your data questions.'],
  },
  {
    tag: 'phishing',
    alsoTags: ['security'],
    department: 'Security',
    experts: ['phishing', 'security-awareness', 'incident-response'],
    questions: [
      [
        'I got a very convincing e-mail from “the CEO” asking for gift cards. Where do I report it?',
        'Use the “Report phishing” button in Outlook. Do not reply or forward it.',
      ],
      [
        'Is the e-mail from “Payroll Services” about updating bank details real?',
        'No, that one is phishing — we are blocking it now. Thanks for asking! {e} is on it.',
      ],
    ],
    updates: [
      'Phishing simulation results: the click rate is down to {n}% from 12%. Thanks for reporting suspicious mail!',
    ],
  },
  {
    tag: 'access-reviews',
    alsoTags: ['security', 'compliance'],
    department: 'Security',
    experts: ['access-reviews', 'soc-2', 'iso-27001'],
    questions: [
      [
        'For the SOC 2 audit, do we need screenshots of the access reviews or is the export enough?',
        'The export is enough if it shows the date and the reviewer. {e} has last year’s evidence folder.',
      ],
      [
        'I have admin rights in three tools I no longer use. How do I give them back?',
        'Open an access request and choose “Remove access”. Thank you for asking!',
      ],
    ],
    updates: [
      'Quarterly access reviews start {day}; managers get a task in the portal.',
      'We passed the ISO 27001 surveillance audit with zero non-conformities!',
    ],
  },
  // Everyday working out loud, by anyone.
  {
    tag: 'working-out-loud',
    department: '*',
    experts: ['internal-communications', 'change-management', 'mentoring'],
    questions: [
      [
        'Does anyone have a good template for a one-page project brief?',
        'There is one in the wiki under Templates → Project brief. Short and sweet.',
        'I use the product team’s version — {e} shared it last year.',
      ],
      [
        'Who can give my slides a quick review before the {customer} meeting on {day}?',
        'Happy to help, send them over! {e} is great at slides too.',
      ],
      [
        'Is there a company-wide calendar of public holidays per country?',
        'Yes, it is in the People handbook and you can subscribe to it in your calendar.',
      ],
      [
        "What's the best way to share a large video file with a customer?",
        'Use a OneDrive sharing link and set it to expire after a week.',
      ],
    ],
    updates: [
      'Working on the {dept} plan for next quarter today. If you have input, now is the time.',
      'Heading to {customer} tomorrow for a workshop. Anything you want me to ask them?',
      'Back from two weeks of holiday. Inbox at 400 — be patient with me this week 😅',
      'Spent the afternoon with the admins at {customer}. They love the new reports and want a way to schedule them.',
      'Finished the first draft of the {dept} handbook page. Comments welcome before {day}.',
      "I'll be in the {office} office all next week — happy to grab a coffee with anyone.",
      'Our team retro today: fewer meetings, more writing things down. Trying it for a month.',
      'Wrapped up interviews for the open {dept} role today. Thanks everyone who helped on the panels!',
      'Documented how we run our weekly planning, in case other teams want to steal it.',
      'Quarterly planning done for {dept}. Top priorities are pinned on our team page.',
      'Our team is trying no-meeting Wednesdays this month. So far: very productive.',
      'Today is my five-year anniversary at Northwind Ridge! Thank you all. 🎉',
    ],
  },
  {
    tag: 'kudos',
    department: '*',
    experts: [],
    questions: [],
    updates: [
      'Shout-out to {m} for staying late to help me fix my demo before the {customer} call. 🙏',
      'Huge thanks to {m} for covering my customer calls while I was out sick.',
      'Kudos to {m} for the clearest handover document I have ever read.',
    ],
  },
  {
    tag: 'welcome',
    department: '*',
    experts: [],
    questions: [],
    updates: [
      'Please welcome {m} to the {dept} team! Say hi if you see them in {office}. 👋',
      'New faces in {dept} this month: {m}. Welcome aboard!',
    ],
  },
  {
    tag: 'running-club',
    department: '*',
    experts: ['running-club', 'wellbeing'],
    questions: [],
    updates: [
      'Running club meets on {day} at 17:30 outside the {office} office. All paces welcome! 🏃',
    ],
  },
  {
    tag: 'book-club',
    department: '*',
    experts: ['book-club'],
    questions: [
      [
        'Book club: does anyone have a copy of next month’s book to lend?',
        'I have one on my desk in {office} — come and grab it.',
      ],
    ],
    updates: [
      'Book club pick for next month: “Working Out Loud” by John Stepper. Join us on {day}!',
    ],
  },
  {
    tag: 'first-aid',
    alsoTags: ['health-and-safety'],
    department: '*',
    experts: ['first-aid', 'health-and-safety'],
    questions: [
      [
        'Who are the first aiders on our floor in {office}?',
        'The list is by the kitchen and on the Operations page. {e} is one of them.',
      ],
    ],
    updates: [
      'The first aid course in {office} has {n} spots left — sign up in the learning portal.',
    ],
  },
  {
    tag: 'mentoring',
    department: '*',
    experts: ['mentoring', 'public-speaking'],
    questions: [
      [
        'Thinking about joining the mentoring programme as a mentee. Is it worth the time?',
        'Absolutely. One hour a month, and my mentor helped me a lot with my first team lead role.',
      ],
    ],
    updates: [
      'Mentoring programme sign-ups close {day}. I had a great mentor last year — highly recommended.',
      'Presenting at the Nordic Tech Meetup in {office} on {day}. Come along if you are around!',
    ],
  },
];

const OFFICES = ['Stockholm', 'Gothenburg', 'London', 'Berlin', 'Malmö', 'Amsterdam', 'Lisbon'];
const CUSTOMERS = [
  'Fjordline Logistics',
  'Aurora Health',
  'Kestrel Bank',
  'Blåvik Energy',
  'Halden Retail',
  'Norrsken Media',
  'Tidewater Foods',
  'Granite Insurance',
  'Selvik Shipping',
  'Lumen Pharma',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const QUESTION_OPENERS = ['', '', '', 'Quick one: ', 'Hi all! ', 'Question for the hive mind: '];
const QUESTION_CLOSERS = ['', '', ' Thanks!', ' Thanks in advance 🙏', ' Any tips?'];
const QUESTION_MENTIONS = ['{m}', '{m}', 'cc {m}', 'Maybe {m} can help?'];
const UPDATE_MENTIONS = ['Thanks {m}!', 'cc {m}', 'Big thanks to {m}.', 'Kudos to {m} 🙌'];
const ANSWER_CLOSERS = ['', '', '', ' Hope that helps!', " Shout if it doesn't work.", ' 👍'];
const FOLLOW_UPS = [
  'Good to know — I had the same question.',
  '+1, I ran into this last week too.',
  'Bookmarking this. Could we add it to the handbook, {e}?',
  'Thanks for asking this out loud, I was wondering too.',
];
const AGREEMENTS = [
  "Agree with {r} — that's how we did it in {office} too.",
  "+1 to what {r} said. That's the official way now.",
  "What {r} said. The handbook page is slightly out of date, I'll fix it.",
];
const THANKS = [
  'Thanks {r}, that worked!',
  'Perfect, thank you {r} 🙏',
  'That did the trick — thanks {r}!',
];
const REPLIES_CELEBRATE = [
  'Great work, congratulations to everyone involved! 🎉',
  'Love this 👏',
  'This will save us so much time. Thanks {a}!',
  'Finally! 🙌',
  'Great news. Does this affect the {office} office too?',
  'Thanks for sharing, {a}.',
];
const REPLIES_NOTICE = [
  'Thanks for the heads-up!',
  'Good to know 👍',
  'Does this affect the {office} office too?',
  'Where should we send feedback?',
  'Thanks for sharing, {a}.',
  'Noted — adding it to my calendar.',
];
const REPLIES_WELCOME = [
  'Welcome! 👋',
  'Welcome aboard, great to have you!',
  'Welcome! Let me know if you need anything in {office}.',
];
const REPLIES_PERSONAL = [
  'Congratulations! 🎉',
  'Happy work anniversary, {a}!',
  'Five years already? Congrats!',
];
const REPLIES_KUDOS = ['Well deserved! 👏', '+1, thank you for always helping out.', '🙌🙌'];
const REPLIES_ASKING = [
  'Good luck! Happy to help if you need anything.',
  'Count me in 🙂',
  'Great idea — send me the notes afterwards?',
  'I can share what we learned last time, ping me.',
];

/** Replies that fit an update: celebrating news, acknowledging a notice, welcoming people. */
function updateReplies(body: string): readonly string[] {
  if (/#welcome\b/.test(body)) return REPLIES_WELCOME;
  if (/#kudos\b/.test(body)) return REPLIES_KUDOS;
  if (/anniversary/.test(body)) return REPLIES_PERSONAL;
  if (/\?|next week|tomorrow|Join us|Come along|sign up|welcome before/i.test(body))
    return REPLIES_ASKING;
  if (
    /\blive\b|done|signed|won|renewed|passed|published|best ever|\bcut\b|faster|closed-won|kicked off|above|great work|🎉|installed|back:/i.test(
      body,
    )
  )
    return REPLIES_CELEBRATE;
  return REPLIES_NOTICE;
}

// ---------------------------------------------------------------------------------------------
// Stack Exchange questions (optional, CC BY-SA)
// ---------------------------------------------------------------------------------------------

interface SeAnswer {
  id: string;
  accepted: boolean;
  owner_user_id: string | null;
  license: string | null;
  text: string;
}
interface SeQuestion {
  id: string;
  title: string;
  text: string;
  tags: string[];
  creation_date: string;
  owner_user_id: string | null;
  url: string;
  license: string | null;
  answers: SeAnswer[];
}
interface SeSite {
  dir: string;
  name: string;
  /** Hashtag added to every question of the site. */
  tag: string;
  /** Also add the question's first tag from the site as a hashtag. */
  useSiteTags: boolean;
  take: number;
  /** Licence when the dump has no per-post field (see the data set's README). */
  licenseWhenNull?: string;
}

const SE_SITES: readonly SeSite[] = [
  {
    dir: 'iot',
    name: 'Internet of Things Stack Exchange',
    tag: 'iot',
    useSiteTags: true,
    take: 36,
    licenseWhenNull: 'CC BY-SA 3.0',
  },
  {
    dir: 'bicycles.meta',
    name: 'Bicycles Meta Stack Exchange',
    tag: 'cycling',
    useSiteTags: false,
    take: STACK_EXCHANGE_QUESTIONS - 36,
  },
];

/** The qa-dev folder next to the repository (`../shared/data/qa-dev`), if present. */
export function findQaDevDir(): string | undefined {
  const roots = [process.cwd()];
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) {
      roots.push(dir);
      break;
    }
    if (dirname(dir) === dir) break;
  }
  for (const root of roots) {
    const candidate = resolve(root, '..', 'shared', 'data', 'qa-dev');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function readSite(dir: string, site: SeSite): SeQuestion[] {
  const file = join(dir, site.dir, 'corpus.jsonl');
  if (!existsSync(file)) return [];
  const out: SeQuestion[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as SeQuestion);
    } catch {
      // A damaged line is skipped; the demo does not depend on any one question.
    }
  }
  return out;
}

/** CC BY-SA version by date, as Stack Exchange applies it. */
function licenseByDate(isoDate: string): string {
  if (isoDate < '2011-04-08') return 'CC BY-SA 2.5';
  if (isoDate < '2018-05-02') return 'CC BY-SA 3.0';
  return 'CC BY-SA 4.0';
}

function licenseLink(license: string): string {
  const version = /(\d\.\d)/.exec(license)?.[1];
  return version
    ? `[${license}](https://creativecommons.org/licenses/by-sa/${version}/)`
    : `[CC BY-SA](https://creativecommons.org/licenses/by-sa/4.0/)`;
}

function authorCredit(origin: string, userId: string | null): string {
  return userId ? `[user ${userId}](${origin}/users/${userId})` : 'an anonymous user';
}

/** Plain text (HTML already stripped) made safe for Markdown: no markup, mentions or tags. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/^[ \t]+/gm, '')
    .replace(/[\\`*_[\]#@<>|~]/g, '\\$&')
    .replace(/^([-=+])/gm, '\\$1');
}

function shorten(text: string, max: number): string {
  const clean = text
    .replace(/\r/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 2);
  let end = -1;
  for (const m of cut.matchAll(/[.!?](?=\s)/g)) end = m.index ?? end;
  if (end > max * 0.5) return `${cut.slice(0, end + 1)} …`;
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.5 ? space : cut.length)} …`;
}

interface SePick {
  site: SeSite;
  question: SeQuestion;
}

function pickStackExchange(rng: Rng, log?: (line: string) => void): SePick[] {
  const dir = findQaDevDir();
  if (!dir) return [];
  const picks: SePick[] = [];
  for (const site of SE_SITES) {
    const usable = readSite(dir, site).filter(
      (q) => q.title && q.text && q.text.length >= 60 && q.url && q.answers?.length,
    );
    const withAccepted = rng.shuffle(usable.filter((q) => q.answers.some((a) => a.accepted)));
    const without = rng.shuffle(usable.filter((q) => !q.answers.some((a) => a.accepted)));
    const wantAccepted = Math.min(withAccepted.length, Math.round(site.take * 0.55));
    const chosen = [
      ...withAccepted.slice(0, wantAccepted),
      ...without.slice(0, site.take - wantAccepted),
    ];
    // Top up from the other pool if one ran short.
    for (const q of [...withAccepted.slice(wantAccepted), ...without]) {
      if (chosen.length >= site.take) break;
      if (!chosen.includes(q)) chosen.push(q);
    }
    for (const question of chosen) picks.push({ site, question });
  }
  if (picks.length) log?.(`  stream: ${picks.length} questions adapted from Stack Exchange`);
  return rng.shuffle(picks);
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

interface Person extends DemoPerson {
  id: string;
  index: number;
}

interface PostRow {
  id: string;
  authorId: string;
  isQuestion: boolean;
  body: string;
  createdAt: number;
  replyCount: number;
  likeCount: number;
  acceptedReplyId: string | null;
  answeredAt: number | null;
}

interface ReplyRow {
  id: string;
  postId: string;
  authorId: string;
  body: string;
  createdAt: number;
  likeCount: number;
}

interface Stream {
  posts: PostRow[];
  replies: ReplyRow[];
  follows: [string, string, number][];
  tagFollows: [string, string, number][];
  likes: ['post' | 'reply', string, string, number][];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function mention(p: Person): string {
  return `@${p.handle}`;
}

function generate(rng: Rng, people: Person[], now: number, log?: (line: string) => void): Stream {
  const byDepartment = new Map<string, Person[]>();
  for (const p of people) {
    const list = byDepartment.get(p.department) ?? [];
    list.push(p);
    byDepartment.set(p.department, list);
  }
  // Some people post far more than others.
  const chattiness = new Map<string, number>();
  rng.shuffle(people).forEach((p, rank) => chattiness.set(p.id, 1 / Math.pow(rank + 1, 0.6)));
  const pickWeighted = (pool: readonly Person[]): Person =>
    pool[rng.weightedIndex(pool.map((p) => chattiness.get(p.id) ?? 1))];
  const pickDistinct = (pool: readonly Person[], n: number, exclude: Person[]): Person[] =>
    rng.pickMany(
      pool.filter((p) => !exclude.includes(p)),
      n,
    );

  const expertsOf = (topic: Topic): Person[] => {
    const experts = people.filter((p) => p.expertise.some((e) => topic.experts.includes(e)));
    return experts.length >= 2 ? experts : (byDepartment.get(topic.department) ?? people);
  };
  const topicExperts = new Map(TOPICS.map((t) => [t.tag, expertsOf(t)]));

  // "Known experts": a handful of people almost everyone follows, Zipf by rank.
  const ana = people.find((p) => p.handle === 'ana');
  const bo = people.find((p) => p.handle === 'bo');
  const known = [
    ...[ana, bo].filter((p): p is Person => !!p),
    ...rng.pickMany(
      people.filter((p) => p !== ana && p !== bo && p.expertise.length >= 4),
      13,
    ),
  ];
  const knownRank = new Map(known.map((p, rank) => [p.id, rank]));

  // Who writes, who only likes, who reads --------------------------------------------------------
  // The known experts write, and every topic keeps at least two writers who know it (those who
  // already write count first), then random people up to the writers' share.
  const writers = new Set<Person>(known);
  for (const topic of TOPICS) {
    const experts = topicExperts.get(topic.tag) ?? [];
    const missing = 2 - experts.filter((p) => writers.has(p)).length;
    if (missing > 0)
      for (const p of rng.pickMany(
        experts.filter((e) => !writers.has(e)),
        missing,
      ))
        writers.add(p);
  }
  const wantWriters = Math.round(people.length * WRITER_SHARE);
  for (const p of rng.shuffle(people.filter((q) => !writers.has(q)))) {
    if (writers.size >= wantWriters) break;
    writers.add(p);
  }
  const writing = people.filter((p) => writers.has(p));
  const engaged = new Set<Person>([
    ...writing,
    ...rng.pickMany(
      people.filter((p) => !writers.has(p)),
      Math.round(people.length * LIKER_SHARE),
    ),
  ]);
  const liking = people.filter((p) => engaged.has(p));
  // Questions go to, and are answered by, people who know the topic and write.
  for (const [tag, experts] of topicExperts) {
    const active = experts.filter((p) => writers.has(p));
    if (active.length > 0) topicExperts.set(tag, active);
  }

  // Follows ------------------------------------------------------------------------------------
  const follows: Stream['follows'] = [];
  const followersOf = new Map<string, Person[]>();
  for (const follower of people) {
    const weights = people.map((p) => {
      if (p === follower) return 0;
      let w = 1;
      if (p.department === follower.department) w += 5;
      if (p.location === follower.location) w += 1;
      const rank = knownRank.get(p.id);
      if (rank !== undefined) w += 25 / (rank + 1);
      return w;
    });
    const n = 5 + Math.floor(35 * Math.pow(rng.next(), 1.6));
    for (let k = 0; k < n; k++) {
      const i = rng.weightedIndex(weights);
      weights[i] = 0;
      const followee = people[i];
      follows.push([follower.id, followee.id, now - rng.int(61, 400) * DAY + rng.int(0, DAY)]);
      const list = followersOf.get(followee.id) ?? [];
      list.push(follower);
      followersOf.set(followee.id, list);
    }
  }
  const tagFollows: Stream['tagFollows'] = [];
  const allTags = TOPICS.map((t) => t.tag);
  for (const p of people) {
    if (!rng.chance(0.4)) continue;
    const own = p.expertise.filter((e) => allTags.includes(e));
    const tags = new Set(rng.pickMany(own, rng.int(0, 2)));
    const want = rng.int(1, 3);
    while (tags.size < want) tags.add(rng.pick(allTags));
    for (const tag of tags) tagFollows.push([p.id, tag, now - rng.int(1, 90) * DAY]);
  }

  // Posts and replies --------------------------------------------------------------------------
  const posts: PostRow[] = [];
  const replies: ReplyRow[] = [];
  const personById = new Map(people.map((p) => [p.id, p]));
  const fillers = (): Record<string, string> => {
    const [customer, customer2] = rng.pickMany(CUSTOMERS, 2);
    return {
      office: rng.pick(OFFICES),
      customer,
      customer2,
      day: rng.pick(WEEKDAYS),
      n: String(rng.int(2, 9)),
    };
  };
  const hashtags = (topic: Topic): string => {
    const tags = [topic.tag];
    if (topic.alsoTags?.length && rng.chance(0.45)) tags.push(rng.pick(topic.alsoTags));
    return tags.map((t) => `#${t}`).join(' ');
  };
  /** Every template is used once before any is used again, in random order. */
  const deck = <T>(items: readonly T[]): (() => T) => {
    let queue: T[] = [];
    return () => {
      if (!queue.length) queue = rng.shuffle(items);
      return queue.pop() as T;
    };
  };
  const nextQuestion = deck(
    TOPICS.flatMap((topic) => topic.questions.map((qa) => ({ topic, qa }))),
  );
  const nextUpdate = deck(
    TOPICS.flatMap((topic) => topic.updates.map((text) => ({ topic, text }))),
  );
  const addReply = (post: PostRow, author: Person, body: string, after: number): ReplyRow => {
    const reply: ReplyRow = {
      id: randomUUID(),
      postId: post.id,
      authorId: author.id,
      body,
      createdAt: laterTime(rng, after, now, author),
      likeCount: 0,
    };
    replies.push(reply);
    post.replyCount += 1;
    return reply;
  };
  const accept = (post: PostRow, reply: ReplyRow) => {
    post.acceptedReplyId = reply.id;
    post.answeredAt = laterTime(rng, reply.createdAt, now, personById.get(post.authorId));
  };

  const kinds = rng.shuffle([
    ...Array<boolean>(TEMPLATE_QUESTIONS).fill(true),
    ...Array<boolean>(TEMPLATE_UPDATES).fill(false),
  ]);
  for (const isQuestion of kinds) {
    let topic: Topic;
    let template: string;
    let answers: string[] = [];
    if (isQuestion) {
      const next = nextQuestion();
      topic = next.topic;
      [template, ...answers] = next.qa;
    } else {
      const next = nextUpdate();
      topic = next.topic;
      template = next.text;
    }
    const experts = topicExperts.get(topic.tag) ?? people;
    const values = fillers();
    let author: Person;
    let mentioned: Person[];
    if (isQuestion) {
      // Askers are usually not experts themselves; the question goes to people who know.
      const nonExperts = writing.filter((p) => !experts.includes(p));
      author = pickWeighted(nonExperts.length ? nonExperts : writing);
      mentioned = pickDistinct(experts, 1 + rng.zipfIndex(3, 1), [author]);
    } else {
      const department = topic.department === '*' ? undefined : topic.department;
      const everyone = department ? (byDepartment.get(department) ?? people) : people;
      const pool = everyone.filter((p) => writers.has(p));
      const team = experts.filter((p) => !department || p.department === department);
      author = pickWeighted(team.length && rng.chance(0.6) ? team : pool.length ? pool : writing);
      // Updates credit colleagues: the author's own team for everyday posts.
      const colleagues = department
        ? [...new Set([...experts, ...pool])]
        : (byDepartment.get(author.department) ?? people);
      mentioned = pickDistinct(colleagues, 1 + rng.zipfIndex(2, 1), [author]);
      // (Being mentioned is not taking part: anyone may be credited.)
    }
    const m = mentioned.map(mention).join(' ');
    let body = fill(template, { ...values, dept: author.department, m });
    if (isQuestion) {
      const opener = template.startsWith('Quick one') ? '' : rng.pick(QUESTION_OPENERS);
      body = `${opener}${body}${rng.pick(QUESTION_CLOSERS)}`;
    }
    // Everyday updates ('*' topics) only mention people where the template says so.
    const creditsOthers = topic.department !== '*' && rng.chance(0.75);
    if (!template.includes('{m}') && m && (isQuestion || creditsOthers)) {
      const phrases = isQuestion ? QUESTION_MENTIONS : UPDATE_MENTIONS;
      const phrase = /thank/i.test(body) && !isQuestion ? 'cc {m}' : rng.pick(phrases);
      body += ` ${fill(phrase, { m })}`;
    }
    body += ` ${hashtags(topic)}`;
    const post: PostRow = {
      id: randomUUID(),
      authorId: author.id,
      isQuestion,
      body,
      createdAt: postTime(rng, now, author),
      replyCount: 0,
      likeCount: 0,
      acceptedReplyId: null,
      answeredAt: null,
    };
    posts.push(post);

    if (isQuestion && rng.chance(0.7)) {
      // An answer first (often from someone who was asked), then more answers, agreement,
      // "+1"s, and sometimes the asker's thanks.
      const count = 1 + rng.zipfIndex(4, 0.7);
      const unused = [...answers];
      const answerReplies: ReplyRow[] = [];
      const repliedBy = new Set<Person>([author]);
      let last = post.createdAt;
      let thanked = false;
      // No phrase twice in one thread.
      const agreements = rng.shuffle(AGREEMENTS);
      const followUps = rng.shuffle(FOLLOW_UPS);
      for (let k = 0; k < count; k++) {
        const roll = rng.next();
        let reply: ReplyRow;
        if (k === 0 || roll < 0.5) {
          const asked = mentioned.filter((p) => !repliedBy.has(p));
          const others = experts.filter((p) => !repliedBy.has(p));
          const candidates = asked.length && rng.chance(0.7) ? asked : others;
          const replier = rng.pick(
            candidates.length ? candidates : writing.filter((p) => !repliedBy.has(p)),
          );
          repliedBy.add(replier);
          const fitting = unused.shift();
          if (fitting) {
            const other = pickDistinct(experts, 1, [author, replier])[0];
            let text = fill(fitting, { ...values, e: other ? mention(other) : 'the service desk' });
            if (rng.chance(0.3)) text = `${mention(author)} ${text}`;
            reply = addReply(post, replier, `${text}${rng.pick(ANSWER_CLOSERS)}`, last);
            answerReplies.push(reply);
          } else {
            const agreement = agreements.pop();
            if (!agreement) continue;
            const earlier = personById.get(rng.pick(answerReplies).authorId) as Person;
            const text = fill(agreement, { ...values, r: mention(earlier) });
            reply = addReply(post, replier, text, last);
          }
        } else if (roll < 0.75 || thanked) {
          const followUp = followUps.pop();
          if (!followUp) continue;
          const someone = pickDistinct(writing, 1, [...repliedBy])[0];
          repliedBy.add(someone);
          const other = pickDistinct(experts, 1, [author, someone])[0];
          const text = fill(followUp, { e: other ? mention(other) : '@bo' });
          reply = addReply(post, someone, text, last);
        } else {
          const helper = personById.get(rng.pick(answerReplies).authorId) as Person;
          reply = addReply(post, author, fill(rng.pick(THANKS), { r: mention(helper) }), last);
          thanked = true;
        }
        last = reply.createdAt;
      }
      if (rng.chance(0.55))
        accept(post, rng.chance(0.7) ? answerReplies[0] : rng.pick(answerReplies));
    } else if (!isQuestion && rng.chance(0.3)) {
      const count = rng.int(1, 3);
      let last = post.createdAt;
      const repliers = pickDistinct(
        [
          ...new Set([
            ...(followersOf.get(author.id) ?? []),
            ...(byDepartment.get(author.department) ?? []),
          ]),
        ].filter((p) => writers.has(p)),
        count,
        [author],
      );
      const texts = rng.pickMany(updateReplies(post.body), repliers.length);
      repliers.forEach((replier, k) => {
        const text = fill(texts[k], { ...values, a: mention(author) });
        last = addReply(post, replier, text, last).createdAt;
      });
    }
  }

  // Stack Exchange questions, answered by random colleagues.
  for (const { site, question } of pickStackExchange(rng, log)) {
    const origin = new URL(question.url).origin;
    const tags = [site.tag];
    const siteTag = question.tags?.[0];
    if (site.useSiteTags && siteTag && /^[a-z][a-z0-9-]{1,39}$/.test(siteTag)) tags.push(siteTag);
    const license =
      question.license ?? site.licenseWhenNull ?? licenseByDate(question.creation_date ?? '');
    const body = [
      `**${escapeMarkdown(question.title.trim())}**`,
      escapeMarkdown(shorten(question.text, 1500)),
      tags.map((t) => `#${t}`).join(' '),
      `_Adapted from [a question on ${site.name}](${question.url}) by ${authorCredit(origin, question.owner_user_id)}, ${licenseLink(license)}._`,
    ].join('\n\n');
    const author = pickWeighted(writing);
    const post: PostRow = {
      id: randomUUID(),
      authorId: author.id,
      isQuestion: true,
      body,
      createdAt: postTime(rng, now, author),
      replyCount: 0,
      likeCount: 0,
      acceptedReplyId: null,
      answeredAt: null,
    };
    posts.push(post);
    const answers = question.answers.slice(0, 3);
    const repliers = pickDistinct(writing, answers.length, [author]);
    let last = post.createdAt;
    answers.forEach((answer, k) => {
      const answerLicense = answer.license ?? site.licenseWhenNull ?? 'CC BY-SA';
      const text = [
        escapeMarkdown(shorten(answer.text, 900)),
        `_Adapted from [an answer on ${site.name}](${origin}/a/${answer.id}) by ${authorCredit(origin, answer.owner_user_id)}, ${licenseLink(answerLicense)}._`,
      ].join('\n\n');
      const reply = addReply(post, repliers[k], text, last);
      last = reply.createdAt;
      if (answer.accepted) accept(post, reply);
    });
  }

  // Likes: a few popular posts and replies, most with a couple or none -----------------------
  const likes: Stream['likes'] = [];
  const like = (type: 'post' | 'reply', subject: PostRow | ReplyRow, s: number, bonus = 0) => {
    const author = people.find((p) => p.id === subject.authorId);
    const room = liking.filter((p) => p !== author).length;
    const count = Math.min(15, room, rng.zipfIndex(16, s) + bonus);
    const fans = (followersOf.get(subject.authorId) ?? []).filter((p) => engaged.has(p));
    const likers = new Set<Person>();
    while (likers.size < count) {
      const p = fans.length && rng.chance(0.6) ? rng.pick(fans) : rng.pick(liking);
      if (p !== author) likers.add(p);
    }
    for (const p of likers)
      likes.push([type, subject.id, p.id, laterTime(rng, subject.createdAt, now, p)]);
    subject.likeCount = likers.size;
  };
  for (const post of posts) like('post', post, 0.9);
  const accepted = new Set(posts.map((p) => p.acceptedReplyId));
  for (const reply of replies) like('reply', reply, 1.4, accepted.has(reply.id) ? 2 : 0);

  return { posts, replies, follows, tagFollows, likes };
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

async function insertRows(
  client: Client,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  onBatch: (rows: number) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const slice = rows.slice(i, i + BATCH);
    const values: unknown[] = [];
    const tuples = slice.map((row) => {
      const start = values.length;
      values.push(...row);
      return `(${row.map((_, k) => `$${start + k + 1}`).join(', ')})`;
    });
    await client.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    );
    onBatch(slice.length);
  }
}

/**
 * Seeds the demo stream for the demo people (who must exist already). Runs inside the caller's
 * transaction on `client`.
 */
export async function seedStream(
  client: Client,
  log?: (line: string) => void,
): Promise<StreamSeedCounts> {
  const demo = demoPeople();
  const { rows } = await client.query<{ id: string; handle: string }>(
    'SELECT id, lower(handle) AS handle FROM users',
  );
  const idByHandle = new Map(rows.map((r) => [r.handle, r.id]));
  const people: Person[] = demo
    .filter((p) => idByHandle.has(p.handle.toLowerCase()))
    .map((p, index) => ({ ...p, id: idByHandle.get(p.handle.toLowerCase()) as string, index }));
  if (people.length < 10) return { posts: 0, replies: 0, follows: 0, likes: 0 };
  const knownHandles: ReadonlySet<string> = new Set(idByHandle.keys());

  const rng = createRng(SEED);
  const now = Date.now();
  const stream = generate(rng, people, now, log);
  const postById = new Map(stream.posts.map((p) => [p.id, p]));

  const mentionRows: unknown[][] = [];
  const tagRows: unknown[][] = [];
  const postRows = stream.posts.map((p) => {
    const createdAt = new Date(p.createdAt);
    const parsed = parseBody(p.body);
    for (const handle of parsed.mentions) {
      const userId = idByHandle.get(handle);
      if (userId) mentionRows.push([p.id, userId, null, createdAt, createdAt]);
    }
    for (const tag of parsed.tags.slice(0, 30)) tagRows.push([p.id, tag, createdAt]);
    return [
      p.id,
      p.authorId,
      p.isQuestion,
      p.body,
      renderBody(p.body, knownHandles),
      p.replyCount,
      p.likeCount,
      createdAt,
      createdAt,
    ];
  });
  const replyRows = stream.replies.map((r) => {
    const post = postById.get(r.postId) as PostRow;
    const createdAt = new Date(r.createdAt);
    for (const handle of parseBody(r.body).mentions) {
      const userId = idByHandle.get(handle);
      if (userId) mentionRows.push([r.postId, userId, r.id, new Date(post.createdAt), createdAt]);
    }
    return [
      r.id,
      r.postId,
      r.authorId,
      r.body,
      renderBody(r.body, knownHandles),
      r.likeCount,
      createdAt,
    ];
  });
  const acceptedRows = stream.posts
    .filter((p) => p.acceptedReplyId)
    .map((p) => [p.id, p.acceptedReplyId, new Date(p.answeredAt ?? p.createdAt)]);
  const followRows = stream.follows.map(([a, b, at]) => [a, b, new Date(at)]);
  const tagFollowRows = stream.tagFollows.map(([u, tag, at]) => [u, tag, new Date(at)]);
  const likeRows = stream.likes.map(([type, id, user, at]) => [type, id, user, new Date(at)]);

  const total =
    followRows.length +
    tagFollowRows.length +
    postRows.length +
    replyRows.length +
    acceptedRows.length +
    mentionRows.length +
    tagRows.length +
    likeRows.length;
  const progress = new Progress('stream', total);
  let done = 0;
  const step = (n: number) => progress.update((done += n));

  await insertRows(
    client,
    'follows',
    ['follower_id', 'followee_id', 'created_at'],
    followRows,
    step,
  );
  await insertRows(client, 'tag_follows', ['user_id', 'tag', 'created_at'], tagFollowRows, step);
  await insertRows(
    client,
    'posts',
    [
      'id',
      'author_id',
      'is_question',
      'body',
      'body_html',
      'reply_count',
      'like_count',
      'created_at',
      'updated_at',
    ],
    postRows,
    step,
  );
  await insertRows(
    client,
    'replies',
    ['id', 'post_id', 'author_id', 'body', 'body_html', 'like_count', 'created_at'],
    replyRows,
    step,
  );
  for (let i = 0; i < acceptedRows.length; i += BATCH) {
    const slice = acceptedRows.slice(i, i + BATCH);
    await client.query(
      `UPDATE posts SET accepted_reply_id = v.reply_id, answered_at = v.answered_at
         FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::uuid[]) AS reply_id,
                      unnest($3::timestamptz[]) AS answered_at) v
        WHERE posts.id = v.id`,
      [slice.map((r) => r[0]), slice.map((r) => r[1]), slice.map((r) => r[2])],
    );
    step(slice.length);
  }
  await insertRows(
    client,
    'mentions',
    ['post_id', 'user_id', 'reply_id', 'post_created_at', 'created_at'],
    mentionRows,
    step,
  );
  await insertRows(client, 'post_tags', ['post_id', 'tag', 'post_created_at'], tagRows, step);
  await insertRows(
    client,
    'likes',
    ['subject_type', 'subject_id', 'user_id', 'created_at'],
    likeRows,
    step,
  );
  progress.finish();

  return {
    posts: postRows.length,
    replies: replyRows.length,
    follows: followRows.length,
    likes: likeRows.length,
  };
}
