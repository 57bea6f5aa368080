export { seriousA11yProblems, type AxeProblem } from './axe';
export { CHROMIUM_PATH, launchChromium } from './browser';
export { startProduct, type RunningProduct } from './product';
export { signUpAs, uniquePeople, type E2ePerson } from './people';
export { startOidcProvider, type RunningProvider } from './oidc-provider';
export { freePort } from './free-port';
export { graphqlAs, mustGraphql, uploadTextFile, type GraphqlResult } from './graphql';
