export { seriousA11yProblems, type AxeProblem } from './axe';
export { CHROMIUM_PATH, launchChromium } from './browser';
export { startProduct, type RunningProduct } from './product';
export { signUpAs, uniquePeople, type E2ePerson } from './people';
