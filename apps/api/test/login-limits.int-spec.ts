import { createTestApp, errorCode, signUpPerson } from '@outloud/server-core/testing';
import type { GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { IdentityModule } from '@outloud/identity';

/**
 * Finding 8 of the outside test: the per-account limit counted the typed text (a handle and an
 * e-mail gave twice the guesses), anyone could lock any account against its correct password,
 * and 20 failures from one address locked out everyone behind it. Default limits here.
 * Everyone connects from 127.0.0.1, as an office behind one company address would.
 */

const PASSWORD = 'correct horse battery';
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { viewer { id } } }`;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ imports: [IdentityModule] });
});
afterAll(() => t?.close());

async function signUp(handle: string): Promise<GraphqlClient> {
  return (await signUpPerson(t, handle, { password: PASSWORD })).client;
}

const logIn = (client: GraphqlClient, login: string, password: string) =>
  client.request(LOG_IN, { input: { login, password } });

describe('log-in limits lock the right people out', () => {
  it('counts per account: a handle and an e-mail share one count', async () => {
    await signUp('hanna');
    const guesser = t.client();
    for (const login of ['hanna', 'hanna', 'hanna', 'hanna@corp.example', 'HANNA@corp.example'])
      expect(errorCode(await logIn(guesser, login, 'wrong guess'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await logIn(guesser, 'hanna@corp.example', 'wrong guess'))).toBe(
      'RATE_LIMITED',
    );
  });

  it('a device that signed in before keeps signing in while someone else is locked out', async () => {
    const owner = await signUp('owen');
    await owner.ok(`mutation { logOut }`); // the device cookie outlives the session
    const attacker = t.client();
    for (let i = 0; i < 12; i++) await logIn(attacker, 'owen', `guess ${i}`);
    expect(errorCode(await logIn(attacker, 'owen', 'guess 13'))).toBe('RATE_LIMITED');
    // Even with the right password an unknown browser waits: the guesses came from "anywhere".
    expect(errorCode(await logIn(t.client(), 'owen', PASSWORD))).toBe('RATE_LIMITED');
    const back = await logIn(owner, 'owen', PASSWORD);
    expect(back.errors).toBeUndefined();
  });

  it('the owner’s device has its own count: its typos lock only itself', async () => {
    const owner = await signUp('tove');
    await owner.ok(`mutation { logOut }`);
    for (let i = 0; i < 10; i++) await logIn(owner, 'tove', `typo ${i}`);
    expect(errorCode(await logIn(owner, 'tove', PASSWORD))).toBe('RATE_LIMITED');
  });

  it('25 failures from one address across accounts do not lock out a colleague there', async () => {
    await signUp('colleague');
    const office = t.client();
    for (let account = 0; account < 5; account++)
      for (let i = 0; i < 5; i++)
        expect(errorCode(await logIn(office, `nobody${account}`, 'wrong'))).toBe('UNAUTHENTICATED');
    const res = await logIn(t.client(), 'colleague', PASSWORD);
    expect(res.errors).toBeUndefined();
  });
});
