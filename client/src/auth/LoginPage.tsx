import { useEffect, useId, useState } from 'react';
import { useMutation } from 'urql';
import { Logo } from '../app/AppShell';
import { graphql } from '../gql';
import { describeError } from '../ui/errors';
import { Form } from '../ui/Form';
import { startSession } from './session';

const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      mustChangePassword
    }
  }
`);

// At sign-in, UNAUTHENTICATED means the name or the password is wrong, not an expired session.
const LOGIN_WORDS = { UNAUTHENTICATED: 'Tên đăng nhập hoặc mật khẩu không đúng.' };

export function LoginPage({ notice }: { notice: string | null }) {
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, login] = useMutation(loginMutation);

  useEffect(() => {
    document.title = 'Đăng nhập · Phủ Xanh';
  }, []);

  const submit = async () => {
    const result = await login({ username: username.trim(), password });
    if (result.data) startSession(result.data.login);
  };

  return (
    <main className="login" id="main">
      <Form
        className="login__card"
        onSubmit={submit}
        problem={error ? describeError(error, LOGIN_WORDS) : null}
        aria-describedby={`${id}-intro`}
      >
        <div className="login__brand">
          <Logo />
          <div>
            <h1>Phủ Xanh</h1>
            <p id={`${id}-intro`}>Theo dõi chuyển đổi số của hệ thống chính trị theo Nghị quyết 57-NQ/TW</p>
          </div>
        </div>
        <h2>Đăng nhập</h2>
        {notice && !error && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-username`}>Tên đăng nhập</label>
          <input
            id={`${id}-username`}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Mật khẩu</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary button--block" disabled={fetching}>
          {fetching ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </Form>
    </main>
  );
}
