export { seriousA11yProblems, type AxeProblem } from './axe';
export { CHROMIUM_PATH, launchChromium } from './browser';
export { startProduct, type RunningProduct } from './product';
export { signUpAs, uniquePeople, type E2ePerson, type SignUpOptions } from './people';
export { useProductAndBrowser, type E2eSuite } from './suite';
export { expectNoSeriousA11yProblems, expectNoSidewaysScroll } from './expectations';
export { startOidcProvider, type RunningProvider } from './oidc-provider';
export { freePort } from './free-port';
export { graphqlAs, mustGraphql, uploadTextFile, type GraphqlResult } from './graphql';
