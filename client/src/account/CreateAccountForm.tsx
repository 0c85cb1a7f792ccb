import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { describeError } from '../ui/errors';
import { Form } from '../ui/Form';

const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      fullName
    }
  }
`);

const EMPTY = { username: '', fullName: '', email: '', password: '' };

// Said at the form, before the server has to refuse it (the server checks the same rules).
function problemOf(form: typeof EMPTY): string | null {
  if (!/^[a-z0-9.-]{3,64}$/.test(form.username))
    return 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm hoặc gạch ngang.';
  if (!form.fullName.trim()) return 'Hãy nhập họ và tên.';
  if (form.password.length < 10) return 'Mật khẩu cần ít nhất 10 ký tự.';
  return null;
}

/**
 * An administrator creates an account; roles are granted afterwards in the list. The created
 * User comes back in the result, so urql refetches the account list (it holds Users) at once.
 */
export function CreateAccountForm() {
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching }, createUser] = useMutation(createUserMutation);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });

  const submit = async () => {
    setCreated(null);
    const local = problemOf(form);
    setProblem(local);
    if (local) return;
    const result = await createUser({
      input: {
        username: form.username,
        fullName: form.fullName.trim(),
        password: form.password,
        email: form.email.trim() || undefined,
      },
    });
    if (result.error) {
      setProblem(describeError(result.error));
      return;
    }
    if (result.data) {
      setCreated(
        `Đã tạo tài khoản ${result.data.createUser.username} (${result.data.createUser.fullName}). Hãy giao quyền cho tài khoản trong danh sách bên dưới.`,
      );
      setForm(EMPTY);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Tạo tài khoản</h2>
      <Form className="form-grid" onSubmit={submit} problem={problem}>
        <div className="field">
          <label htmlFor={`${id}-username`}>Tên đăng nhập</label>
          <input
            id={`${id}-username`}
            value={form.username}
            onChange={set('username')}
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            required
            aria-describedby={`${id}-username-hint`}
          />
          <small id={`${id}-username-hint`}>Chữ thường không dấu, số, dấu chấm; ví dụ: lamthao.ubnd</small>
        </div>
        <div className="field">
          <label htmlFor={`${id}-fullname`}>Họ và tên</label>
          <input id={`${id}-fullname`} value={form.fullName} onChange={set('fullName')} required autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>Thư điện tử (không bắt buộc)</label>
          <input id={`${id}-email`} type="email" value={form.email} onChange={set('email')} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Mật khẩu ban đầu</label>
          <input
            id={`${id}-password`}
            type="password"
            value={form.password}
            onChange={set('password')}
            required
            minLength={10}
            autoComplete="new-password"
            aria-describedby={`${id}-password-hint`}
          />
          <small id={`${id}-password-hint`}>Ít nhất 10 ký tự.</small>
        </div>
        <div className="field">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {fetching ? 'Đang tạo…' : 'Tạo tài khoản'}
          </button>
        </div>
        {created && (
          <p className="notice" role="status">
            {created}
          </p>
        )}
      </Form>
    </section>
  );
}
