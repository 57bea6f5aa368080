import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFFont, StandardFonts } from 'pdf-lib';
import { createRng } from './prng';

/**
 * The demo organisation's shared documents: what each file is, and its bytes (generated here,
 * no network). PDFs come from pdf-lib with fixed metadata dates, images from a tiny PNG encoder,
 * so every run produces the same bytes and therefore the same content-addressed blobs.
 */

export type DemoFileKind = 'pdf' | 'md' | 'txt' | 'csv' | 'png';

export interface DemoFile {
  name: string;
  kind: DemoFileKind;
  /** A community slug; unset: the owner's own files. */
  community?: string;
  /** Fixed owner handle (e.g. the demo log-in); else someone of `department` or a member. */
  owner?: string;
  department?: string;
  title: string;
  description: string;
  tags: string[];
  /** Paragraphs (text kinds and PDF); ignored for images. */
  body: string[];
  /** What each later version changed (so `revisions.length + 1` versions). */
  revisions?: string[];
  /** How much people use it: leaders (8–10) become the de-facto standard documents. */
  popularity?: number;
}

export const DEMO_FILES: DemoFile[] = [
  {
    name: 'Travel and expense policy 2026.pdf',
    kind: 'pdf',
    community: 'finance-answers',
    department: 'Finance',
    title: 'Travel and expense policy 2026',
    description:
      'The policy everyone asks about: per diems, hotels, trains before planes, receipts.',
    tags: ['expense-policy', 'travel'],
    body: [
      'This policy applies to every employee of Northwind Ridge who travels for work or spends company money. It replaces the 2025 policy from 1 January 2026.',
      'Book trains before planes for any journey under five hours door to door. Economy class on all flights; premium economy is allowed for flights longer than eight hours with your manager approval in the booking tool.',
      'Hotels: stay within the city cap listed in the appendix (Stockholm 1,600 SEK, Gothenburg 1,400 SEK, London 180 GBP, Berlin 150 EUR per night). Breakfast is included in the cap.',
      'Per diems follow the national tax authority rates. Claim them in the expense tool within 30 days of your return; claims older than 90 days cannot be paid.',
      'Receipts: photograph every receipt above 100 SEK and attach it to the expense line. Lost receipts need a short written explanation signed by your manager.',
    ],
    revisions: [
      'Hotel caps updated for London and Berlin; clarified that breakfast is included.',
      'Added the 90-day limit on expense claims and the lost-receipt procedure.',
    ],
    popularity: 10,
  },
  {
    name: 'VPN setup guide (macOS, Windows, Linux).pdf',
    kind: 'pdf',
    community: 'it-help',
    owner: 'bo',
    title: 'VPN setup guide',
    description: 'Step by step for all three platforms, with screenshots described in words.',
    tags: ['vpn', 'laptops', 'sso'],
    body: [
      'You need the VPN to reach internal tools from outside an office: the finance system, the build servers and the staging environments. The intranet itself works without it.',
      'macOS: install the client from Self Service, open it, choose the profile "Northwind Ridge - Europe" and log in with single sign-on. Approve the push notification on your phone.',
      'Windows: the client is installed on every company laptop. Right-click the tray icon, choose Connect, and log in with single sign-on.',
      'Linux: install the open-source client from your distribution, import the profile from the IT Help community files and use your SSO password with the one-time code.',
      'If the connection drops every few minutes, switch the protocol to TCP in the advanced settings and tell IT Help which network you are on.',
    ],
    revisions: ['Added the Linux section and the TCP fallback for hotel networks.'],
    popularity: 9,
  },
  {
    name: 'Brand guidelines - short version.pdf',
    kind: 'pdf',
    community: 'marketing-studio',
    department: 'Marketing',
    title: 'Brand guidelines (short version)',
    description:
      'Logo, colours, type and tone of voice on four pages. The long version is for agencies.',
    tags: ['brand'],
    body: [
      'Our logo always sits on white or on Ridge Blue. Keep a clear space around it equal to the height of the letter N. Never stretch, rotate or recolour it.',
      'Colours: Ridge Blue #1D4E89 for headings and buttons, Pine #2F6B4F for success, Birch #F4F1EA for backgrounds. Use red only for errors.',
      'Type: Inter for everything on screen, Source Serif for long printed documents. Sentence case for headings.',
      'Tone of voice: plain, friendly and direct. Say what the reader can do. Avoid jargon, exclamation marks and words like "leverage" or "synergy".',
    ],
    revisions: ['New colour values after the accessibility review (contrast 4.5:1 or better).'],
    popularity: 8,
  },
  {
    name: 'Onboarding checklist for new starters.md',
    kind: 'md',
    community: 'people-and-culture',
    owner: 'ana',
    title: 'Onboarding checklist for new starters',
    description: 'What to do in your first week, who to meet and where things are.',
    tags: ['onboarding', 'all-hands'],
    body: [
      '## Before day one',
      '- Your manager orders your laptop and adds you to your team communities.',
      '- IT sends your account details to your private e-mail address.',
      '## Day one',
      '- Collect your laptop and badge at reception.',
      '- Log in to Outloud, fill in your profile and say hello in Working Out Loud.',
      '- Set up the VPN with the guide in IT Help.',
      '## First week',
      '- Meet your onboarding buddy every day.',
      '- Read the travel and expense policy and the security basics.',
      '- Book a coffee with someone outside your department.',
    ],
    revisions: [
      'Added the onboarding buddy and the coffee with another department.',
      'Links to the VPN guide and the expense policy.',
    ],
    popularity: 9,
  },
  {
    name: 'Incident postmortem template.md',
    kind: 'md',
    community: 'incident-review',
    department: 'Engineering',
    title: 'Incident postmortem template',
    description: 'Blameless template: timeline, impact, contributing factors, actions with owners.',
    tags: ['incident-response', 'observability'],
    body: [
      '# Postmortem: <title>',
      '## Summary',
      'Two or three sentences a non-engineer understands.',
      '## Impact',
      'Who was affected, for how long, and how we know (dashboards, support tickets).',
      '## Timeline (UTC)',
      '| Time | What happened |',
      '| ---- | ------------- |',
      '## Contributing factors',
      'Systems and decisions, never people. Ask "what made this possible?"',
      '## Actions',
      '| Action | Owner | Due |',
      '| ------ | ----- | --- |',
    ],
    revisions: ['Added "how we know" to the impact section.'],
    popularity: 7,
  },
  {
    name: 'Kubernetes upgrade runbook 1.31.md',
    kind: 'md',
    community: 'platform-engineering',
    department: 'Engineering',
    title: 'Kubernetes upgrade runbook (1.30 to 1.31)',
    description: 'The steps we follow for each cluster, staging first.',
    tags: ['kubernetes', 'ci-cd'],
    body: [
      '# Kubernetes upgrade runbook',
      '1. Announce the window in Platform Engineering two days ahead.',
      '2. Check deprecated APIs with the pluto report; fix manifests first.',
      '3. Upgrade the control plane of staging; wait for all nodes to report Ready.',
      '4. Roll the node pools one at a time with surge 1, unavailable 0.',
      '5. Run the smoke tests and watch error rates for 30 minutes.',
      '6. Repeat for production on Tuesday morning, never on a Friday.',
    ],
    revisions: ['Pluto report step added after the ingress API surprise.'],
    popularity: 5,
  },
  {
    name: 'PostgreSQL connection pooling notes.md',
    kind: 'md',
    community: 'platform-engineering',
    department: 'Engineering',
    title: 'PostgreSQL connection pooling notes',
    description: 'Why we run PgBouncer in transaction mode and what that breaks.',
    tags: ['postgresql', 'observability'],
    body: [
      '# Connection pooling',
      'Each service gets at most 20 server connections through PgBouncer in transaction mode.',
      'Transaction mode breaks session features: prepared statements across transactions, advisory session locks, SET without LOCAL, LISTEN.',
      'Use transaction-scoped advisory locks (pg_advisory_xact_lock) and SET LOCAL instead.',
      'Watch cl_waiting on the PgBouncer dashboard: above zero for minutes means the pool is too small or a query is slow.',
    ],
    popularity: 4,
  },
  {
    name: 'Accessibility checklist for components.md',
    kind: 'md',
    community: 'design-system',
    department: 'Design',
    title: 'Accessibility checklist for components',
    description: 'Run through this before a component goes into the design system.',
    tags: ['accessibility', 'design-systems'],
    body: [
      '# Accessibility checklist',
      '- Every control is reachable and usable with the keyboard alone.',
      '- Focus is always visible (2 px outline, 3:1 contrast against the background).',
      '- Text contrast is at least 4.5:1; large text 3:1.',
      '- Every input has a visible label; errors say what to do.',
      '- Screen readers announce name, role and state (test with VoiceOver and NVDA).',
      '- Nothing flashes more than three times a second.',
    ],
    revisions: ['Focus outline rule made measurable.', 'Added screen reader testing.'],
    popularity: 6,
  },
  {
    name: 'Design tokens v3.txt',
    kind: 'txt',
    community: 'design-system',
    department: 'Design',
    title: 'Design tokens v3',
    description: 'Exported token values; the source of truth is the tokens repository.',
    tags: ['design-systems'],
    body: [
      'color.brand.primary = #1D4E89',
      'color.brand.success = #2F6B4F',
      'color.surface.default = #FFFFFF',
      'color.surface.subtle = #F4F1EA',
      'space.1 = 4px',
      'space.2 = 8px',
      'space.3 = 12px',
      'space.4 = 16px',
      'radius.small = 4px',
      'radius.large = 12px',
      'font.family.body = Inter, system-ui, sans-serif',
    ],
    popularity: 3,
  },
  {
    name: 'RFP answer library - security section.pdf',
    kind: 'pdf',
    community: 'sales-desk',
    department: 'Sales',
    title: 'RFP answer library: security section',
    description: 'Approved answers to the security questions that come up in every RFP.',
    tags: ['rfps', 'enterprise-deals'],
    body: [
      'Use these answers as written; ask Security Champions before changing any of them.',
      'Where is customer data stored? In data centres in the European Union (Frankfurt and Stockholm). Backups stay in the same region.',
      'Is data encrypted? Yes: TLS 1.2 or newer in transit, AES-256 at rest, keys managed in a hardware security module.',
      'Do you have certifications? ISO 27001 since 2023; the SOC 2 Type II report is available under NDA.',
      'How do you handle incidents? We notify affected customers within 72 hours, following our incident response plan.',
    ],
    revisions: ['SOC 2 Type II report now available; ISO certificate renewed.'],
    popularity: 7,
  },
  {
    name: 'Discount approval matrix Q3.pdf',
    kind: 'pdf',
    community: 'deal-desk-approvals',
    title: 'Discount approval matrix (Q3)',
    description: 'Who approves which discount. Members only: contains margin targets.',
    tags: ['forecasting', 'enterprise-deals'],
    body: [
      'Up to 10 percent: the account executive decides.',
      '10 to 20 percent: the sales manager approves in the deal desk community.',
      '20 to 30 percent: the head of sales and finance approve together; margin must stay above 62 percent.',
      'Above 30 percent: only the CEO, and only for strategic logos listed in the appendix.',
    ],
    popularity: 3,
  },
  {
    name: 'Budget planning calendar 2027.pdf',
    kind: 'pdf',
    community: 'finance-leads',
    title: 'Budget planning calendar 2027',
    description: 'Deadlines for department budgets. Members only.',
    tags: ['budgeting'],
    body: [
      'September 1: headcount plans from every department head.',
      'September 22: first budget drafts in the planning tool.',
      'October 13: review meetings with the CFO, one hour per department.',
      'November 3: final budgets approved by the management team.',
    ],
    revisions: ['Review meetings moved one week later.'],
    popularity: 2,
  },
  {
    name: 'Payroll corrections procedure.md',
    kind: 'md',
    community: 'payroll-team',
    title: 'Payroll corrections procedure',
    description: 'How we correct a payslip after the run. Members only.',
    tags: ['payroll'],
    body: [
      '# Payroll corrections',
      '1. Log the correction in the payroll ticket queue with the employee number only (no names).',
      '2. Corrections above 5,000 SEK need a second approver from the team.',
      '3. Corrections after the 20th go into next month unless the employee would be paid less than 90 percent of normal pay.',
    ],
    popularity: 1,
  },
  {
    name: 'Phishing drill results spring.csv',
    kind: 'csv',
    community: 'security-champions',
    title: 'Phishing drill results (spring)',
    description: 'Click and report rates per department. Members only.',
    tags: ['phishing', 'access-reviews'],
    body: [
      'department,emails_sent,clicked,reported',
      'Engineering,48,3,31',
      'Sales,40,9,14',
      'Marketing,22,4,9',
      'Finance,18,1,12',
      'Customer Success,30,5,13',
      'People & Culture,16,2,8',
    ],
    popularity: 2,
  },
  {
    name: 'Parental leave - how it works.pdf',
    kind: 'pdf',
    community: 'people-and-culture',
    department: 'People & Culture',
    title: 'Parental leave: how it works',
    description: 'Top-up pay, how to apply, keeping in touch days.',
    tags: ['parental-leave', 'benefits'],
    body: [
      'Northwind Ridge tops up the state parental benefit to 90 percent of your salary for up to 180 days, for every parent, whatever your gender.',
      'Tell your manager and People & Culture at least two months before your leave starts, and apply in the HR system.',
      'You may work up to ten keeping-in-touch days during your leave, paid as normal days, if you want to.',
      'Your holiday keeps accruing during paid parental leave.',
    ],
    revisions: ['Top-up extended from 120 to 180 days.'],
    popularity: 8,
  },
  {
    name: 'Benefits overview 2026.pdf',
    kind: 'pdf',
    community: 'people-and-culture',
    department: 'People & Culture',
    title: 'Benefits overview 2026',
    description: 'Wellness allowance, pension, health insurance, bike leasing.',
    tags: ['benefits'],
    body: [
      'Wellness allowance: 5,000 SEK a year for sports, gym or massage. Claim it in the expense tool with the receipt.',
      'Pension: 4.5 percent of salary up to the state ceiling and 30 percent above it.',
      'Health insurance: private care from your first day, including mental health support.',
      'Bike leasing: lease a bike through salary exchange; the offer opens every March and September.',
    ],
    popularity: 6,
  },
  {
    name: 'Performance review guide for managers.pdf',
    kind: 'pdf',
    community: 'people-and-culture',
    department: 'People & Culture',
    title: 'Performance review guide for managers',
    description: 'How to prepare and run the yearly review conversation.',
    tags: ['performance-reviews', 'mentoring'],
    body: [
      'Ask your report to write a short self-review first: what went well, what was hard, what they want to learn.',
      'Collect feedback from two or three colleagues they worked with closely.',
      'In the conversation, listen more than you talk. Agree on two goals for next year, not ten.',
      'Write the summary within a week and share it with your report before it goes into the HR system.',
    ],
    popularity: 4,
  },
  {
    name: 'Office move floor plan - level 3.png',
    kind: 'png',
    community: 'workplace',
    department: 'Operations',
    title: 'Office move floor plan (level 3)',
    description: 'Where each team sits after the move. Blue: desks, green: meeting rooms.',
    tags: ['office-moves', 'facilities'],
    body: [],
    revisions: ['Customer Success moved next to Sales.'],
    popularity: 5,
  },
  {
    name: 'First aid kits and defibrillators map.png',
    kind: 'png',
    community: 'workplace',
    department: 'Operations',
    title: 'First aid kits and defibrillators',
    description: 'Red crosses mark first aid kits, hearts the defibrillators.',
    tags: ['first-aid', 'facilities'],
    body: [],
    popularity: 3,
  },
  {
    name: 'GDPR data processing agreement template.pdf',
    kind: 'pdf',
    community: 'legal-questions',
    department: 'Legal',
    title: 'Data processing agreement template',
    description: 'Use this DPA with every supplier that handles personal data for us.',
    tags: ['gdpr', 'contracts'],
    body: [
      'This agreement is entered into between Northwind Ridge (the controller) and the supplier (the processor).',
      'The processor processes personal data only on documented instructions from the controller, including with regard to transfers outside the European Economic Area.',
      'The processor ensures that persons authorised to process the personal data have committed themselves to confidentiality.',
      'The processor notifies the controller without undue delay, and within 48 hours, after becoming aware of a personal data breach.',
      'Sub-processors may only be engaged with the prior written authorisation of the controller.',
    ],
    revisions: [
      'Breach notification set to 48 hours.',
      'Sub-processor clause aligned with the EU standard contractual clauses.',
    ],
    popularity: 7,
  },
  {
    name: 'Contract review checklist.md',
    kind: 'md',
    community: 'legal-questions',
    department: 'Legal',
    title: 'Contract review checklist',
    description: 'Check these before you send a contract to Legal; it halves the turnaround.',
    tags: ['contracts'],
    body: [
      '# Before you send a contract to Legal',
      '- Is the counterparty name exactly as registered?',
      '- Is the term and the notice period what the business agreed?',
      '- Is liability capped (usually 12 months of fees)?',
      '- Does it involve personal data? Then attach our DPA template.',
      '- Governing law: Swedish law, Stockholm courts, unless agreed otherwise.',
    ],
    popularity: 4,
  },
  {
    name: 'Metrics definitions - weekly business review.md',
    kind: 'md',
    community: 'data-and-insights',
    department: 'Research',
    title: 'Metrics definitions for the weekly business review',
    description: 'One definition per metric, so every dashboard means the same thing.',
    tags: ['dashboards', 'statistics'],
    body: [
      '# Metrics definitions',
      '**Active customer**: an account with at least one logged-in user in the last 28 days.',
      '**Net revenue retention**: revenue this month from customers we had 12 months ago, divided by their revenue then.',
      '**Time to first answer**: median minutes from a question being posted to its first reply.',
      '**Churn**: accounts that did not renew, divided by accounts up for renewal that month.',
    ],
    revisions: ['Time to first answer added for the intranet adoption review.'],
    popularity: 5,
  },
  {
    name: 'Weekly active users chart.png',
    kind: 'png',
    community: 'data-and-insights',
    department: 'Research',
    title: 'Weekly active users',
    description: 'Last twelve weeks. Each bar is one week.',
    tags: ['dashboards'],
    body: [],
    popularity: 2,
  },
  {
    name: 'Renewal playbook.pdf',
    kind: 'pdf',
    community: 'customer-success',
    department: 'Customer Success',
    title: 'Renewal playbook',
    description: 'What to do 120, 90, 60 and 30 days before a renewal.',
    tags: ['renewals', 'escalations'],
    body: [
      '120 days before: review usage and open support tickets; flag risks in the CRM.',
      '90 days before: business review with the customer; show the value delivered in their own numbers.',
      '60 days before: send the renewal quote; involve the deal desk for any discount.',
      '30 days before: escalate unsigned renewals to your manager and agree a plan.',
    ],
    revisions: ['Business review moved from 60 to 90 days before renewal.'],
    popularity: 6,
  },
  {
    name: 'Knowledge base article style guide.md',
    kind: 'md',
    community: 'customer-success',
    department: 'Customer Success',
    title: 'Knowledge base article style guide',
    description: 'How we write help articles customers actually finish reading.',
    tags: ['knowledge-base'],
    body: [
      '# Writing help articles',
      'Start with the task in the title: "Export your reports", not "Reports export functionality".',
      'One task per article, numbered steps, one action per step.',
      'Put the result at the end of each step: "The export starts and you get an e-mail when it is ready."',
    ],
    popularity: 3,
  },
  {
    name: 'Webinar run sheet.txt',
    kind: 'txt',
    community: 'marketing-studio',
    department: 'Marketing',
    title: 'Webinar run sheet',
    description: 'Timings and roles for our monthly customer webinar.',
    tags: ['webinars'],
    body: [
      'T-15 min  Host and speakers join, sound check, slides shared.',
      'T-0       Host welcomes, housekeeping (recording, Q&A panel).',
      'T+2       Speaker 1: product update (15 min).',
      'T+17      Speaker 2: customer story (15 min).',
      'T+32      Q&A, moderated by the host (20 min).',
      'T+52      Close with the survey link.',
    ],
    popularity: 2,
  },
  {
    name: 'Newsletter - October highlights.md',
    kind: 'md',
    community: 'marketing-studio',
    owner: 'ana',
    title: 'Newsletter: October highlights',
    description: 'Draft of the internal newsletter. Comments welcome before Friday.',
    tags: ['newsletters', 'all-hands'],
    body: [
      '# October at Northwind Ridge',
      '## New office in Gothenburg',
      'The team moved in on the 14th. Coffee is on level 2 and the view is worth the stairs.',
      '## Answered out loud',
      'More than 300 questions were answered in Outloud this month. The most liked answer explained the new expense policy in three lines.',
      '## Running club',
      'Twelve of us finished the autumn relay. Join the next lunch run on Thursday.',
    ],
    revisions: ['Added the running club; shortened the office section.'],
    popularity: 4,
  },
  {
    name: 'Roadmap themes H1.pdf',
    kind: 'pdf',
    community: 'product-roadmap',
    department: 'Product',
    title: 'Roadmap themes for the first half',
    description: 'The four themes and what we will not do. Dates are intentions, not promises.',
    tags: ['roadmapping', 'release-planning'],
    body: [
      'Theme 1: faster reports. Every standard report loads in under two seconds for our largest customers.',
      'Theme 2: self-service onboarding. A new customer can set up their first project without talking to us.',
      'Theme 3: integrations. Two-way sync with the three CRMs our customers use most.',
      'Theme 4: accessibility. All core flows conform to WCAG 2.2 AA.',
      'Not this half: a mobile app, custom themes, on-premises installation.',
    ],
    revisions: ['Accessibility became its own theme.'],
    popularity: 6,
  },
  {
    name: 'A-B test readout - onboarding email.md',
    kind: 'md',
    community: 'product-roadmap',
    department: 'Product',
    title: 'A/B test readout: onboarding e-mail',
    description: 'Shorter e-mail won; details and caveats.',
    tags: ['a-b-testing', 'statistics'],
    body: [
      '# Onboarding e-mail test',
      'Variant B (three sentences and one button) raised activation from 31.2 to 34.0 percent.',
      'Two weeks, 8,400 sign-ups, two-sided test, p = 0.01.',
      'Caveat: most sign-ups came from one campaign; we will re-check next quarter.',
    ],
    popularity: 2,
  },
  {
    name: 'Code review guidelines.md',
    kind: 'md',
    community: 'code-review-guild',
    department: 'Engineering',
    title: 'Code review guidelines',
    description: 'What we look for, and how to say it kindly.',
    tags: ['code-review'],
    body: [
      '# Code review guidelines',
      'Review within one working day. Small pull requests get reviewed faster: aim for under 400 lines.',
      'Look for correctness, tests that can fail, readable names, and security (input validation, access checks).',
      'Prefix optional suggestions with "nit:". Ask questions rather than give orders.',
      'Approve when it is better than before, not when it is perfect.',
    ],
    revisions: ['The 400-line guidance and the "nit:" convention.'],
    popularity: 7,
  },
  {
    name: 'Open source licences we can use.pdf',
    kind: 'pdf',
    community: 'code-review-guild',
    department: 'Legal',
    title: 'Open source licences we can use',
    description: 'Allowed, allowed with care, and not allowed.',
    tags: ['open-source-licensing'],
    body: [
      'Allowed: MIT, BSD-2-Clause, BSD-3-Clause, Apache-2.0, ISC, Zlib.',
      'Allowed with care: MPL-2.0 and LGPL for libraries we do not modify. Ask in Code Review Guild first.',
      'Not allowed in products we ship: GPL, AGPL, SSPL, and anything without a licence.',
      'Keep the licence notices: the build collects them into the third-party notices file.',
    ],
    popularity: 5,
  },
  {
    name: 'Sensor gateway wiring diagram.png',
    kind: 'png',
    community: 'iot-lab',
    department: 'Research',
    title: 'Sensor gateway wiring',
    description: 'Prototype wiring of the temperature sensors to the gateway.',
    tags: ['iot'],
    body: [],
    revisions: ['Second sensor bus added.'],
    popularity: 2,
  },
  {
    name: 'MQTT topic naming convention.md',
    kind: 'md',
    community: 'iot-lab',
    department: 'Research',
    title: 'MQTT topic naming convention',
    description: 'site/building/floor/device/measurement, lower case, no spaces.',
    tags: ['iot'],
    body: [
      '# Topic names',
      'Pattern: `site/building/floor/device/measurement`, for example `sto/hq/3/th-12/temperature`.',
      'Lower case, hyphens inside words, no spaces, no leading slash.',
      'Retained messages only for device status, never for measurements.',
    ],
    popularity: 1,
  },
  {
    name: 'Lunch run routes.png',
    kind: 'png',
    community: 'running-club',
    department: 'Engineering',
    title: 'Lunch run routes',
    description: 'The 5 km and 8 km loops from the Stockholm office.',
    tags: ['running-club'],
    body: [],
    popularity: 2,
  },
  {
    name: 'Book club reading list.txt',
    kind: 'txt',
    community: 'book-club',
    department: 'Product',
    title: 'Book club reading list',
    description: 'What we read and what is next.',
    tags: ['book-club'],
    body: [
      'January  - Working Out Loud, John Stepper',
      "February - The Manager's Path, Camille Fournier",
      'March    - Thinking in Systems, Donella Meadows',
      'April    - Team Topologies, Skelton and Pais',
      'May      - (vote in the community)',
    ],
    popularity: 1,
  },
  {
    name: 'Working out loud circle guide.pdf',
    kind: 'pdf',
    community: 'working-out-loud',
    owner: 'ana',
    title: 'Working out loud circle guide',
    description:
      'Twelve weeks, four or five people, one hour a week. Draft: tell me what is unclear.',
    tags: ['working-out-loud', 'mentoring'],
    body: [
      'A circle is four or five colleagues who meet for one hour a week for twelve weeks. Each person picks a goal they care about.',
      'Week 1: pick your goal and list people related to it. Week 2: make small contributions to those people, such as a useful link or a thank-you.',
      'Weeks 3 to 11: share your work in progress openly, ask for help, and build on what others share.',
      'Week 12: look back on what changed and celebrate. Then start a new circle with someone new.',
    ],
    revisions: [
      'Shortened week-by-week plan after the first pilot circle.',
      'Added how to start the next circle.',
    ],
    popularity: 6,
  },
  {
    name: 'Laptop refresh schedule.csv',
    kind: 'csv',
    community: 'it-help',
    department: 'IT',
    title: 'Laptop refresh schedule',
    description:
      'Which laptops are replaced when. Find your asset tag on the bottom of the laptop.',
    tags: ['laptops', 'mdm'],
    body: [
      'model,purchased,refresh_quarter',
      'MacBook Pro 14 (2022),2022-09,2026-Q3',
      'MacBook Air 13 (2023),2023-03,2027-Q1',
      'ThinkPad T14 Gen 3,2022-11,2026-Q4',
      'ThinkPad X1 Carbon Gen 11,2023-08,2027-Q3',
    ],
    popularity: 4,
  },
  {
    name: 'Wi-Fi coverage Stockholm office.png',
    kind: 'png',
    community: 'it-help',
    department: 'IT',
    title: 'Wi-Fi coverage, Stockholm office',
    description: 'Heat map after the access point upgrade. Darker is stronger.',
    tags: ['wifi'],
    body: [],
    popularity: 3,
  },
  {
    name: 'Quarterly all-hands slides - notes.md',
    kind: 'md',
    owner: 'ana',
    title: 'All-hands notes (Q3)',
    description: 'Speaker notes for the quarterly all-hands. Draft, please comment.',
    tags: ['all-hands', 'internal-communications'],
    body: [
      '# Q3 all-hands',
      '1. Welcome and new joiners (5 min)',
      '2. Results against the plan (10 min)',
      '3. Customer story: how a retailer cut onboarding from six weeks to two (10 min)',
      '4. Open questions from Outloud, answered live (20 min)',
    ],
    revisions: ['Open questions from Outloud get 20 minutes instead of 10.'],
    popularity: 3,
  },
  {
    name: 'Terraform module conventions.md',
    department: 'Engineering',
    kind: 'md',
    title: 'Terraform module conventions',
    description: 'My notes while cleaning up our modules; not official yet.',
    tags: ['terraform'],
    body: [
      '# Terraform modules',
      'One module per concern; inputs validated with `validation` blocks.',
      'Pin provider versions with `~>` and update them monthly.',
      'Outputs are documented; nothing secret goes into outputs.',
    ],
    popularity: 2,
  },
  {
    name: 'Forecast model assumptions.pdf',
    kind: 'pdf',
    department: 'Finance',
    title: 'Forecast model assumptions',
    description: 'The assumptions behind the revenue forecast, for anyone who builds on it.',
    tags: ['forecasting', 'statistics'],
    body: [
      'Pipeline conversion uses the trailing four-quarter win rate per stage.',
      'Renewals are forecast at the account level from usage health scores.',
      'Currency: all amounts in SEK at the budget exchange rate, revised twice a year.',
    ],
    popularity: 2,
  },
];

// ---------------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------------

/** The text of a version (1-based) of a text or PDF file: the body plus what changed so far. */
export function versionParagraphs(file: DemoFile, version: number): string[] {
  const changes = (file.revisions ?? []).slice(0, version - 1);
  if (!changes.length) return file.body;
  const heading = file.kind === 'md' ? '## Changes' : 'Changes';
  return [
    ...file.body,
    heading,
    ...changes.map((change, i) =>
      file.kind === 'md' ? `- Version ${i + 2}: ${change}` : `Version ${i + 2}: ${change}`,
    ),
  ];
}

export interface DemoContent {
  bytes: Buffer;
  mimeType: string;
  /** What search gets (text kinds and PDF), else null. */
  text: string | null;
}

/** The bytes of one version of a demo file. */
export async function demoContent(file: DemoFile, version: number): Promise<DemoContent> {
  const paragraphs = versionParagraphs(file, version);
  switch (file.kind) {
    case 'pdf': {
      const bytes = await pdfDocument(file.title, paragraphs);
      return {
        bytes,
        mimeType: 'application/pdf',
        text: [file.title, ...paragraphs].join('\n'),
      };
    }
    case 'png':
      return { bytes: pngPicture(file.name, version), mimeType: 'image/png', text: null };
    default: {
      const text =
        file.kind === 'md' ? `${paragraphs.join('\n\n')}\n` : `${paragraphs.join('\n')}\n`;
      return {
        bytes: Buffer.from(text, 'utf8'),
        mimeType:
          file.kind === 'md' ? 'text/markdown' : file.kind === 'csv' ? 'text/csv' : 'text/plain',
        text,
      };
    }
  }
}

/** Fixed metadata dates: the same text always gives the same bytes (and blob). */
const PDF_DATE = new Date('2026-01-15T09:00:00Z');

async function pdfDocument(title: string, paragraphs: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor('Northwind Ridge');
  doc.setCreator('Outloud demo data');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(PDF_DATE);
  doc.setModificationDate(PDF_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin] = [595, 842, 64];
  let page = doc.addPage([width, height]);
  let y = height - margin;
  const line = (text: string, f: PDFFont, size: number, gap: number) => {
    for (const row of wrap(text, f, size, width - 2 * margin)) {
      if (y < margin) {
        page = doc.addPage([width, height]);
        y = height - margin;
      }
      page.drawText(row, { x: margin, y, size, font: f });
      y -= size * 1.4;
    }
    y -= gap;
  };
  line(title, bold, 18, 10);
  line('Northwind Ridge - internal', font, 9, 14);
  for (const p of paragraphs) line(p, p === 'Changes' ? bold : font, 11, 8);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(/\s+/)) {
    const next = row ? `${row} ${word}` : word;
    if (row && font.widthOfTextAtSize(next, size) > maxWidth) {
      rows.push(row);
      row = word;
    } else row = next;
  }
  if (row) rows.push(row);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Images: a minimal PNG encoder (RGB, no filtering) for small generated pictures
// ---------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number],
): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1); // first byte of each row: filter type 0
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Rgb = [number, number, number];
const PALETTE: Rgb[] = [
  [29, 78, 137],
  [47, 107, 79],
  [196, 120, 36],
  [140, 60, 120],
  [90, 90, 90],
];

/** A small chart-like picture (bars, blocks or a heat map) seeded by the name and version. */
function pngPicture(name: string, version: number): Buffer {
  let seed = version * 7919;
  for (const ch of name) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  const rng = createRng(seed);
  const [w, h] = [240, 160];
  const background: Rgb = [244, 241, 234];
  if (/chart/i.test(name)) {
    const bars = Array.from({ length: 12 }, (_, i) => 40 + i * 6 + rng.int(0, 30));
    return encodePng(w, h, (x, y) => {
      const i = Math.floor((x - 12) / 18);
      const inBar = i >= 0 && i < 12 && (x - 12) % 18 < 13 && h - 12 - y < bars[i];
      return inBar ? PALETTE[0] : y === h - 12 ? [60, 60, 60] : background;
    });
  }
  if (/coverage|heat/i.test(name)) {
    const spots = Array.from({ length: 5 }, () => [rng.int(20, w - 20), rng.int(20, h - 20)]);
    return encodePng(w, h, (x, y) => {
      const d = Math.min(...spots.map(([sx, sy]) => Math.hypot(x - sx, y - sy)));
      const v = Math.max(0, 1 - d / 90);
      return [Math.round(244 - 200 * v), Math.round(241 - 150 * v), Math.round(234 - 90 * v)];
    });
  }
  // Floor plans, maps and diagrams: coloured blocks on a grid with lines between them.
  const blocks = Array.from({ length: 6 + version * 2 }, () => ({
    x: rng.int(8, w - 50),
    y: rng.int(8, h - 40),
    w: rng.int(20, 44),
    h: rng.int(14, 32),
    color: rng.pick(PALETTE),
  }));
  return encodePng(w, h, (x, y) => {
    for (const b of blocks)
      if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h) return b.color;
    return x % 20 === 0 || y % 20 === 0 ? [220, 216, 206] : background;
  });
}
