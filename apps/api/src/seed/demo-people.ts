import { createRng, type Rng } from './prng';

/**
 * People of the fictional demo company. Pure and deterministic: the same (count, seed) always
 * gives the same people, so screenshots, docs and tests can rely on them.
 */
export interface DemoPerson {
  handle: string;
  displayName: string;
  email: string;
  jobTitle: string;
  department: string;
  location: string;
  bio: string;
  expertise: string[];
  role: 'admin' | 'moderator' | 'member';
}

/** `.example` is reserved (RFC 2606), so demo addresses can never reach a real inbox. */
export const DEMO_COMPANY = { name: 'Northwind Ridge', domain: 'northwind.example' } as const;

// Mirrors RESERVED_HANDLES and LIMITS in libs/shared/contracts; kept local so the seed stays a
// leaf module. The spec checks the output against the same rules.
const RESERVED = new Set([
  'admin',
  'administrator',
  'all',
  'channel',
  'everyone',
  'here',
  'me',
  'outloud',
  'root',
  'settings',
  'support',
  'system',
]);
const HANDLE_MAX = 30;

interface Department {
  name: string;
  /** Rough share of headcount. */
  weight: number;
  /** Most senior first; the first title goes to exactly one person. */
  titles: readonly string[];
  expertise: readonly string[];
  /** Verb phrases that follow "I ...". */
  duties: readonly string[];
}

const DEPARTMENTS: readonly Department[] = [
  {
    name: 'Engineering',
    weight: 24,
    titles: [
      'Head of Engineering',
      'Staff Engineer',
      'Senior Software Engineer',
      'Software Engineer',
      'Site Reliability Engineer',
      'Junior Software Engineer',
    ],
    expertise: [
      'kubernetes',
      'typescript',
      'postgresql',
      'incident-response',
      'observability',
      'graphql',
      'react',
      'ci-cd',
      'api-design',
      'terraform',
      'performance',
      'code-review',
    ],
    duties: [
      'build and run the services behind our customer platform',
      'keep our deploy pipeline fast and boring',
      'work on search, feeds and notifications',
      'look after our PostgreSQL clusters and the on-call rota',
      'help teams get better visibility into production',
    ],
  },
  {
    name: 'Product',
    weight: 6,
    titles: [
      'Head of Product',
      'Group Product Manager',
      'Senior Product Manager',
      'Product Manager',
      'Associate Product Manager',
    ],
    expertise: [
      'roadmapping',
      'discovery',
      'okrs',
      'a-b-testing',
      'analytics',
      'pricing',
      'user-interviews',
      'prioritisation',
      'release-planning',
    ],
    duties: [
      'shape the roadmap for our mobile apps',
      'talk to customers before we build anything',
      'turn customer feedback into things we ship',
      'look after pricing and packaging',
    ],
  },
  {
    name: 'Design',
    weight: 5,
    titles: [
      'Head of Design',
      'Senior Product Designer',
      'Product Designer',
      'UX Researcher',
      'Junior Product Designer',
    ],
    expertise: [
      'figma',
      'design-systems',
      'ux-research',
      'accessibility',
      'prototyping',
      'usability-testing',
      'illustration',
      'ux-writing',
    ],
    duties: [
      'design the flows people use every day',
      'look after our design system',
      'run usability tests and share what we learn',
      'review what we ship for accessibility',
    ],
  },
  {
    name: 'Sales',
    weight: 12,
    titles: [
      'Head of Sales',
      'Sales Manager',
      'Senior Account Executive',
      'Account Executive',
      'Sales Development Representative',
    ],
    expertise: [
      'salesforce',
      'negotiation',
      'enterprise-deals',
      'forecasting',
      'prospecting',
      'rfps',
      'partnerships',
      'crm',
    ],
    duties: [
      'work with our enterprise customers in the Nordics',
      'take new customers from first call to signed contract',
      'run our partner channel',
      'keep the sales pipeline honest',
    ],
  },
  {
    name: 'Marketing',
    weight: 7,
    titles: [
      'Head of Marketing',
      'Senior Content Strategist',
      'Product Marketing Manager',
      'Marketing Specialist',
      'Marketing Coordinator',
    ],
    expertise: [
      'seo',
      'content-strategy',
      'brand',
      'events',
      'social-media',
      'newsletters',
      'product-marketing',
      'copywriting',
      'webinars',
    ],
    duties: [
      'write the stories we tell about Northwind Ridge',
      'run our events and webinars',
      'look after the website and search rankings',
      'plan launches with the product team',
    ],
  },
  {
    name: 'Customer Success',
    weight: 10,
    titles: [
      'Head of Customer Success',
      'Senior Customer Success Manager',
      'Customer Success Manager',
      'Support Specialist',
      'Associate Customer Success Manager',
    ],
    expertise: [
      'onboarding',
      'renewals',
      'escalations',
      'zendesk',
      'customer-training',
      'churn-analysis',
      'knowledge-base',
      'nps',
    ],
    duties: [
      'help customers get value from day one',
      'handle escalations and make sure they stay solved',
      'run onboarding for new customers',
      'keep our help centre up to date',
    ],
  },
  {
    name: 'Finance',
    weight: 5,
    titles: [
      'Head of Finance',
      'Financial Controller',
      'Senior Accountant',
      'Accountant',
      'Finance Assistant',
    ],
    expertise: [
      'budgeting',
      'ifrs',
      'expense-policy',
      'forecasting',
      'payroll',
      'vat',
      'procurement',
      'month-end-close',
      'invoicing',
    ],
    duties: [
      'look after budgets and monthly forecasts',
      'run the month-end close',
      'answer questions about expenses and travel claims',
      'keep our books in line with IFRS',
    ],
  },
  {
    name: 'People & Culture',
    weight: 5,
    titles: [
      'Head of People & Culture',
      'HR Business Partner',
      'Talent Acquisition Partner',
      'People Operations Specialist',
      'Recruiting Coordinator',
    ],
    expertise: [
      'recruiting',
      'onboarding',
      'benefits',
      'parental-leave',
      'performance-reviews',
      'wellbeing',
      'internal-communications',
      'employer-branding',
      'inclusion',
    ],
    duties: [
      'help teams hire well',
      'look after benefits, leave and wellbeing',
      'make onboarding something people enjoy',
      'support managers with reviews and growth plans',
    ],
  },
  {
    name: 'Legal',
    weight: 3,
    titles: ['General Counsel', 'Senior Legal Counsel', 'Legal Counsel', 'Paralegal'],
    expertise: [
      'contracts',
      'gdpr',
      'privacy',
      'trademarks',
      'employment-law',
      'ndas',
      'compliance',
      'open-source-licensing',
    ],
    duties: [
      'review contracts so deals close faster',
      'look after privacy and data protection',
      'advise on employment questions',
      'keep an eye on trademarks and open-source licences',
    ],
  },
  {
    name: 'IT',
    weight: 5,
    // "IT Support Lead" is deliberately absent: that is Bo's job.
    titles: [
      'Head of IT',
      'Systems Administrator',
      'IT Support Specialist',
      'Junior IT Technician',
    ],
    expertise: [
      'vpn',
      'laptops',
      'sso',
      'mdm',
      'macos',
      'printers',
      'wifi',
      'service-desk',
      'password-resets',
      'onboarding',
    ],
    duties: [
      'look after our VPN and laptop fleet',
      'keep single sign-on and accounts running',
      'set up new joiners with everything they need',
      'manage our phones and laptops with MDM',
    ],
  },
  {
    name: 'Operations',
    weight: 5,
    titles: [
      'Head of Operations',
      'Operations Manager',
      'Office Manager',
      'Operations Coordinator',
    ],
    expertise: [
      'facilities',
      'office-moves',
      'vendor-management',
      'travel',
      'procurement',
      'health-and-safety',
      'events',
    ],
    duties: [
      'keep our offices running smoothly',
      'look after vendors and purchasing',
      'plan office moves and facilities work',
      'organise travel and company events',
    ],
  },
  {
    name: 'Research',
    weight: 5,
    titles: [
      'Head of Research',
      'Senior Data Scientist',
      'Research Scientist',
      'Data Analyst',
      'Research Assistant',
    ],
    expertise: [
      'python',
      'statistics',
      'machine-learning',
      'sql',
      'experiment-design',
      'data-visualisation',
      'survey-design',
      'dashboards',
    ],
    duties: [
      'dig into data to find what actually moves the needle',
      'run experiments and explain the results',
      'build dashboards teams actually use',
      'study how customers really work',
    ],
  },
  {
    name: 'Security',
    weight: 4,
    titles: [
      'Head of Security',
      'Senior Security Engineer',
      'Security Engineer',
      'Security Analyst',
      'GRC Specialist',
    ],
    expertise: [
      'threat-modelling',
      'iso-27001',
      'phishing',
      'incident-response',
      'access-reviews',
      'vulnerability-management',
      'security-awareness',
      'soc-2',
    ],
    duties: [
      'keep phishing out of our inboxes',
      'run access reviews and audits',
      'lead incident response when things go wrong',
      'help teams threat-model new features',
    ],
  },
];

/** Ordered by headcount; picked with a Zipf bias so Stockholm is busiest and Remote is rarest. */
const LOCATIONS = [
  'Stockholm',
  'London',
  'Gothenburg',
  'Berlin',
  'Malmö',
  'Amsterdam',
  'Lisbon',
  'Toronto',
  'Austin',
  'Singapore',
  'Remote',
] as const;

/** Tags anyone might list regardless of department. */
const GENERAL_EXPERTISE = [
  'mentoring',
  'public-speaking',
  'accessibility',
  'first-aid',
  'book-club',
  'running-club',
  'onboarding',
] as const;

const HOBBIES = [
  'on a bike somewhere',
  'baking sourdough',
  'out in the archipelago',
  'at the climbing gym',
  'reading crime novels',
  'playing chess online',
  'coaching kids’ football',
  'in the garden',
] as const;

interface NameOrigin {
  weight: number;
  first: readonly string[];
  last: readonly string[];
}

// Grouped by origin so most names hang together; some people get a surname from another group.
const NAME_ORIGINS: readonly NameOrigin[] = [
  {
    weight: 6,
    first: [
      'Åsa',
      'Björn',
      'Märta',
      'Göran',
      'Linnéa',
      'Oskar',
      'Ebba',
      'Elin',
      'Johan',
      'Karin',
      'Måns',
      'Henrik',
      'Ingrid',
      'Sofia',
    ],
    last: [
      'Lindström',
      'Andersson',
      'Johansson',
      'Nyström',
      'Åberg',
      'Sjöberg',
      'Holm',
      'Bergqvist',
      'Karlsson',
      'Öberg',
      'Wallin',
      'Ekström',
    ],
  },
  {
    weight: 3,
    first: ['Oliver', 'Harriet', 'James', 'Charlotte', 'Rhys', 'Siobhan', 'Callum', 'Imogen'],
    last: [
      'Hughes',
      'Whitfield',
      'Davies',
      'O’Connor',
      'Thompson',
      'Fraser',
      'Ashworth',
      'Bennett',
    ],
  },
  {
    weight: 2,
    first: ['Jürgen', 'Lena', 'Matthias', 'Katrin', 'Felix', 'Jörg', 'Sabine'],
    last: ['Müller', 'Schäfer', 'Weiß', 'Hoffmann', 'Krüger', 'Becker', 'Großmann'],
  },
  {
    weight: 2,
    first: ['João', 'Inês', 'Tiago', 'Beatriz', 'Gonçalo', 'Mariana'],
    last: ['Ferreira', 'Gonçalves', 'Sousa', 'Magalhães', 'Carvalho', 'Simões'],
  },
  {
    weight: 3,
    first: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Sneha'],
    last: ['Sharma', 'Iyer', 'Reddy', 'Banerjee', 'Nair', 'Krishnan', 'Mehta'],
  },
  {
    weight: 2,
    first: ['Wei', 'Xiaoling', 'Jun', 'Mei', 'Haoran', 'Yuxin'],
    last: ['Chen', 'Wang', 'Zhang', 'Liu', 'Huang', 'Zhao'],
  },
  {
    weight: 2,
    first: ['Chidinma', 'Oluwaseun', 'Adaeze', 'Emeka', 'Ngozi', 'Tunde', 'Folake'],
    last: ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Okonkwo'],
  },
  {
    weight: 2,
    first: ['José', 'Lucía', 'Álvaro', 'Carmen', 'Sergio', 'Nuria', 'Íñigo'],
    last: ['García', 'Fernández', 'Martínez', 'Rodríguez', 'Núñez', 'Ibáñez'],
  },
  {
    weight: 2,
    first: ['Łukasz', 'Agnieszka', 'Wojciech', 'Zofia', 'Małgorzata', 'Paweł'],
    last: ['Nowak', 'Wójcik', 'Mazur', 'Kaczmarek', 'Zając', 'Krawczyk'],
  },
  {
    weight: 2,
    first: ['Elif', 'Mehmet', 'Zeynep', 'Emre', 'Ayşe', 'Burak', 'Özge', 'Çağrı'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın'],
  },
  {
    weight: 2,
    first: ['Sanne', 'Joost', 'Femke', 'Daan', 'Lotte'],
    last: ['de Vries', 'van Dijk', 'Bakker', 'Visser', 'Jansen'],
  },
  {
    weight: 1,
    first: ['Minh', 'Thảo', 'Linh', 'Quang'],
    last: ['Nguyễn', 'Trần', 'Phạm', 'Đặng'],
  },
  {
    weight: 1,
    first: ['Layla', 'Omar', 'Karim', 'Yasmin'],
    last: ['Haddad', 'Khoury', 'Mansour', 'Saleh'],
  },
];

/** The two people the docs and demo log-ins refer to by name; the same for every seed. */
const FIXED_PEOPLE: readonly DemoPerson[] = [
  {
    handle: 'ana',
    displayName: 'Ana Lindqvist',
    email: `ana@${DEMO_COMPANY.domain}`,
    jobTitle: 'Head of Internal Communications',
    department: 'People & Culture',
    location: 'Stockholm',
    bio: 'I run internal communications at Northwind Ridge from Stockholm. Ask me about all-hands meetings, the intranet and how to get your news out.',
    expertise: ['internal-communications', 'change-management', 'intranet', 'all-hands'],
    role: 'admin',
  },
  {
    handle: 'bo',
    displayName: 'Bo Eriksson',
    email: `bo@${DEMO_COMPANY.domain}`,
    jobTitle: 'IT Support Lead',
    department: 'IT',
    location: 'Gothenburg',
    bio: 'I look after our VPN and laptop fleet in Gothenburg. Ask me about SSO and onboarding.',
    expertise: ['vpn', 'laptops', 'sso'],
    role: 'moderator',
  },
];

const EXTRA_MODERATORS = 3;
const EMPTY_BIO_SHARE = 0.15;
/** Departments whose people plausibly moderate an intranet. */
const MODERATOR_DEPARTMENTS = new Set([
  'People & Culture',
  'IT',
  'Legal',
  'Customer Success',
  'Operations',
]);

export function demoPeople(count = 240, seed = 7): DemoPerson[] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError('count must be a non-negative integer');
  const rng = createRng(seed);
  const people: DemoPerson[] = FIXED_PEOPLE.slice(0, count).map((p) => ({
    ...p,
    expertise: [...p.expertise],
  }));
  const takenHandles = new Set(people.map((p) => p.handle.toLowerCase()));
  const takenNames = new Set(people.map((p) => p.displayName));
  const headsGiven = new Set<string>();

  while (people.length < count) {
    const department = DEPARTMENTS[rng.weightedIndex(DEPARTMENTS.map((d) => d.weight))];
    const { first, last } = uniqueName(rng, takenNames);
    const handle = uniqueHandle(handleCandidate(rng, first, last), takenHandles);
    const jobTitle = pickTitle(rng, department, headsGiven);
    const location = LOCATIONS[rng.zipfIndex(LOCATIONS.length, 0.9)];
    const expertise = pickExpertise(rng, department);
    people.push({
      handle,
      displayName: `${first} ${last}`,
      email: `${handle.toLowerCase()}@${DEMO_COMPANY.domain}`,
      jobTitle,
      department: department.name,
      location,
      bio: rng.chance(EMPTY_BIO_SHARE)
        ? ''
        : writeBio(rng, { department, jobTitle, location, expertise }),
      expertise,
      role: 'member',
    });
  }

  promoteModerators(rng, people);
  return people;
}

function uniqueName(rng: Rng, taken: Set<string>): { first: string; last: string } {
  let name = randomName(rng);
  // A real company has the odd namesake, but a demo reads better without them.
  for (let tries = 0; tries < 10 && taken.has(`${name.first} ${name.last}`); tries++)
    name = randomName(rng);
  taken.add(`${name.first} ${name.last}`);
  return name;
}

function randomName(rng: Rng): { first: string; last: string } {
  const origin = NAME_ORIGINS[rng.weightedIndex(NAME_ORIGINS.map((o) => o.weight))];
  const lastFrom = rng.chance(0.15) ? rng.pick(NAME_ORIGINS) : origin;
  return { first: rng.pick(origin.first), last: rng.pick(lastFrom.last) };
}

/** Letters that Unicode decomposition (NFD) does not reduce to ASCII. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
};

/** "Nguyễn" -> "nguyen", "de Vries" -> "devries", "Weiß" -> "weiss". */
export function toAsciiSlug(text: string): string {
  return text
    .replace(/[ßłŁıđĐøØæÆœŒþÞ]/g, (c) => TRANSLITERATIONS[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function handleCandidate(rng: Rng, first: string, last: string): string {
  const f = toAsciiSlug(first);
  const l = toAsciiSlug(last);
  const style = rng.next();
  if (style < 0.65) return `${f}_${l}`;
  if (style < 0.85) return `${f}${l.charAt(0)}`;
  return `${f}-${l}`;
}

/** Appends 2, 3, ... until the handle is free, trimming so it still fits. */
function uniqueHandle(candidate: string, taken: Set<string>): string {
  const tidy = (h: string) => h.slice(0, HANDLE_MAX).replace(/-+$/, '');
  let handle = tidy(candidate);
  for (
    let n = 2;
    taken.has(handle.toLowerCase()) || RESERVED.has(handle.toLowerCase()) || handle.length < 2;
    n++
  ) {
    const suffix = String(n);
    handle = tidy(candidate.slice(0, HANDLE_MAX - suffix.length)) + suffix;
  }
  taken.add(handle.toLowerCase());
  return handle;
}

/** One head per department (the first person drawn into it); everyone else below. */
function pickTitle(rng: Rng, department: Department, headsGiven: Set<string>): string {
  if (!headsGiven.has(department.name)) {
    headsGiven.add(department.name);
    return department.titles[0];
  }
  return rng.pick(department.titles.slice(1));
}

function pickExpertise(rng: Rng, department: Department): string[] {
  const tags = rng.pickMany(department.expertise, rng.int(2, 5));
  if (rng.chance(0.25)) tags.push(rng.pick(GENERAL_EXPERTISE));
  return [...new Set(tags)];
}

/** Display forms for tags whose words are not simply lower case. */
const TAG_WORDS: Readonly<Record<string, string>> = {
  vpn: 'VPN',
  sso: 'SSO',
  mdm: 'MDM',
  ifrs: 'IFRS',
  gdpr: 'GDPR',
  seo: 'SEO',
  crm: 'CRM',
  okrs: 'OKRs',
  vat: 'VAT',
  nps: 'NPS',
  ndas: 'NDAs',
  rfps: 'RFPs',
  sql: 'SQL',
  ux: 'UX',
  api: 'API',
  grc: 'GRC',
  iso: 'ISO',
  soc: 'SOC',
  ci: 'CI',
  cd: 'CD',
  macos: 'macOS',
  wifi: 'Wi-Fi',
  kubernetes: 'Kubernetes',
  typescript: 'TypeScript',
  postgresql: 'PostgreSQL',
  graphql: 'GraphQL',
  react: 'React',
  terraform: 'Terraform',
  figma: 'Figma',
  salesforce: 'Salesforce',
  zendesk: 'Zendesk',
  python: 'Python',
};
const TAG_PHRASES: Readonly<Record<string, string>> = {
  'a-b-testing': 'A/B testing',
  'ci-cd': 'CI/CD',
  'all-hands': 'all-hands meetings',
  'month-end-close': 'month-end close',
  'health-and-safety': 'health and safety',
};

function tagLabel(tag: string): string {
  return (
    TAG_PHRASES[tag] ??
    tag
      .split('-')
      .map((w) => TAG_WORDS[w] ?? w)
      .join(' ')
  );
}

/** "a", "a and b", "a, b and c" (or "or"). */
function listOf(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

interface BioContext {
  department: Department;
  jobTitle: string;
  location: string;
  expertise: readonly string[];
}

type BioTemplate = (
  c: BioContext & {
    duty: string;
    at: string;
    from: string;
    based: string;
    topics: (n: number, conj: 'and' | 'or') => string;
    hobby: string;
  },
) => string | null;

// Each template may decline (null) when it would read badly for this person.
const BIO_TEMPLATES: readonly BioTemplate[] = [
  (c) => `${capitalise(c.from)} I ${c.duty}. Ask me about ${c.topics(2, 'and')}.`,
  (c) => `${capitalise(c.based)}, I ${c.duty}.`,
  (c) => `I ${c.duty}. Happy to help with ${c.topics(3, 'or')}.`,
  (c) => `Most days I ${c.duty}. Outside work you’ll find me ${c.hobby}.`,
  (c) =>
    isLeadTitle(c.jobTitle) || c.jobTitle.includes(c.department.name)
      ? null
      : `${c.jobTitle} in ${c.department.name}, ${c.based}. Ask me about ${c.topics(2, 'or')}.`,
  (c) =>
    isLeadTitle(c.jobTitle)
      ? `I lead ${c.department.name} ${c.at}. My door is open, especially for questions about ${c.topics(2, 'and')}.`
      : null,
  (c) => `Part of the ${c.department.name} team, ${c.based}. I ${c.duty}.`,
];

function writeBio(rng: Rng, context: BioContext): string {
  const remote = context.location === 'Remote';
  const labels = context.expertise.map(tagLabel);
  const fill = {
    ...context,
    duty: rng.pick(context.department.duties),
    at: remote ? 'remotely' : `in ${context.location}`,
    // Leading with the place reads naturally whatever the duty is.
    from: remote ? 'working remotely,' : `from our ${context.location} office`,
    based: remote ? 'working remotely' : `based in ${context.location}`,
    topics: (n: number, conj: 'and' | 'or') => listOf(labels.slice(0, n), conj),
    hobby: rng.pick(HOBBIES),
  };
  for (const template of rng.shuffle(BIO_TEMPLATES)) {
    const bio = template(fill);
    if (bio) return bio;
  }
  return '';
}

function isLeadTitle(jobTitle: string): boolean {
  return jobTitle.startsWith('Head of') || jobTitle === 'General Counsel';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A few more moderators, preferring departments that usually look after an intranet. */
function promoteModerators(rng: Rng, people: DemoPerson[]): void {
  const members = people.filter((p) => p.role === 'member');
  const preferred = members.filter((p) => MODERATOR_DEPARTMENTS.has(p.department));
  const pool = preferred.length >= EXTRA_MODERATORS ? preferred : members;
  for (const person of rng.pickMany(pool, EXTRA_MODERATORS)) person.role = 'moderator';
}
