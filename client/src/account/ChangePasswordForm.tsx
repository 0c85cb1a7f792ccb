import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { Logo, SignOutButton } from '../app/AppShell';
import { graphql } from '../gql';
import { describeError } from '../ui/errors';
import { Form } from '../ui/Form';

const changePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      mustChangePassword
    }
  }
`);

const EMPTY = { current: '', next: '', repeated: '' };

// Said at the form, before the server has to refuse it (the server checks the same rules).
function problemOf(form: typeof EMPTY): string | null {
  if (!form.current) return 'Hãy nhập mật khẩu hiện tại.';
  if (form.next.length < 10) return 'Mật khẩu mới cần ít nhất 10 ký tự.';
  if (form.next === form.current) return 'Mật khẩu mới cần khác mật khẩu hiện tại.';
  if (form.next !== form.repeated) return 'Hai lần nhập mật khẩu mới không giống nhau.';
  return null;
}

/** The signed-in person chooses a new password, proving they know the current one. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [{ fetching }, change] = useMutation(changePasswordMutation);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });

  const submit = async () => {
    setChanged(false);
    const local = problemOf(form);
    setProblem(local);
    if (local) return;
    const result = await change({ currentPassword: form.current, newPassword: form.next });
    if (result.error) {
      setProblem(describeError(result.error));
      return;
    }
    setForm(EMPTY);
    setChanged(true);
    onChanged?.();
  };

  const field = (name: keyof typeof EMPTY, label: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="password"
        value={form[name]}
        onChange={set(name)}
        autoComplete={autoComplete}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined}
      />
      {hint && <small id={`${id}-${name}-hint`}>{hint}</small>}
    </div>
  );

  return (
    <Form className="form-grid" onSubmit={submit} problem={problem} aria-label="Đổi mật khẩu">
      {field('current', 'Mật khẩu hiện tại', 'current-password')}
      {field('next', 'Mật khẩu mới', 'new-password', 'Ít nhất 10 ký tự, khác mật khẩu hiện tại.')}
      {field('repeated', 'Nhập lại mật khẩu mới', 'new-password')}
      <div className="field">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? 'Đang đổi…' : 'Đổi mật khẩu'}
        </button>
      </div>
      {changed && (
        <p className="notice" role="status">
          Đã đổi mật khẩu.
        </p>
      )}
    </Form>
  );
}

/** After an administrator reset the password, the session may do nothing else until it is changed. */
export function ChangePasswordPage({ onChanged }: { onChanged: () => void }) {
  return (
    <main className="login" id="main">
      <div className="login__card">
        <div className="login__brand">
          <Logo />
          <div>
            <h1>Phủ Xanh</h1>
          </div>
        </div>
        <h2>Đổi mật khẩu</h2>
        <p className="notice" role="status">
          Quản trị viên đã đặt lại mật khẩu của bạn. Hãy nhập mật khẩu tạm được cấp rồi chọn mật khẩu mới của riêng bạn
          trước khi tiếp tục.
        </p>
        <ChangePasswordForm onChanged={onChanged} />
        <SignOutButton />
      </div>
    </main>
  );
}
