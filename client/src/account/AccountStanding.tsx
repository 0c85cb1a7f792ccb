import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { describeError } from '../ui/errors';
import { Form } from '../ui/Form';
import { formatDateTime } from '../ui/format';
import { useViewer } from '../viewer/ViewerProvider';
import type { Account } from './AccountDirectory';

const setDisabledMutation = graphql(`
  mutation SetAccountDisabled($userId: ID!, $disabled: Boolean!) {
    setAccountDisabled(userId: $userId, disabled: $disabled) {
      id
      disabledAt
    }
  }
`);

const resetPasswordMutation = graphql(`
  mutation ResetPassword($userId: ID!, $temporaryPassword: String!) {
    resetPassword(userId: $userId, temporaryPassword: $temporaryPassword) {
      id
      mustChangePassword
    }
  }
`);

/** Letters and digits that cannot be mistaken for one another when read out over the phone. */
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function temporaryPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => READABLE[byte % READABLE.length]).join('');
}

/** An administrator hands over a temporary password; the holder must change it at the next sign-in. */
function ResetPasswordForm({ account, onDone }: { account: Account; onDone: () => void }) {
  const id = useId();
  const [password, setPassword] = useState(temporaryPassword);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [{ fetching }, reset] = useMutation(resetPasswordMutation);

  const submit = async () => {
    if (password.length < 10) {
      setProblem('Mật khẩu tạm cần ít nhất 10 ký tự.');
      return;
    }
    const result = await reset({ userId: account.id, temporaryPassword: password });
    if (result.error) setProblem(describeError(result.error));
    else {
      setProblem(null);
      setDone(
        `Đã đặt mật khẩu tạm cho ${account.username}. Hãy báo mật khẩu này cho người dùng; khi đăng nhập, họ phải đổi sang mật khẩu của mình.`,
      );
    }
  };

  return (
    <Form
      problem={problem}
      className="form-grid grant-form"
      onSubmit={submit}
      aria-label={`Đặt lại mật khẩu của ${account.username}`}
    >
      <div className="field">
        <label htmlFor={`${id}-password`}>Mật khẩu tạm cho {account.username}</label>
        <input
          id={`${id}-password`}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          readOnly={!!done}
        />
      </div>
      {done ? (
        <>
          <p className="notice" role="status">
            {done}
          </p>
          <button type="button" className="button button--small" onClick={onDone}>
            Xong
          </button>
        </>
      ) : (
        <div className="field grant-form__actions">
          <button type="submit" className="button button--small button--primary" disabled={fetching}>
            {fetching ? 'Đang đặt lại…' : 'Đặt lại mật khẩu'}
          </button>
          <button type="button" className="button button--small" onClick={onDone}>
            Hủy
          </button>
        </div>
      )}
    </Form>
  );
}

/** Whether the account may sign in, with the administrator's lock and password reset. */
export function AccountStanding({ account }: { account: Account }) {
  const viewer = useViewer();
  const [resetting, setResetting] = useState(false);
  const [{ fetching, error }, setDisabled] = useMutation(setDisabledMutation);
  const disabled = !!account.disabledAt;
  const toggle = () => {
    const question = disabled
      ? `Mở khóa tài khoản ${account.username}?`
      : `Khóa tài khoản ${account.username}? Người dùng sẽ bị đăng xuất ngay và không đăng nhập được nữa; các mã truy cập API của tài khoản cũng bị thu hồi.`;
    if (window.confirm(question)) void setDisabled({ userId: account.id, disabled: !disabled });
  };
  return (
    <div className="account-standing">
      {disabled ? (
        <span className="badge badge--red">Đã khóa từ {formatDateTime(account.disabledAt!)}</span>
      ) : (
        <span className="badge badge--green">Đang hoạt động</span>
      )}
      {account.id !== viewer.id && (
        <button
          type="button"
          className={`button button--small${disabled ? '' : ' button--danger'}`}
          disabled={fetching}
          onClick={toggle}
          aria-label={`${disabled ? 'Mở khóa' : 'Khóa'} tài khoản ${account.username}`}
        >
          {fetching ? 'Đang lưu…' : disabled ? 'Mở khóa' : 'Khóa'}
        </button>
      )}
      {resetting ? (
        <ResetPasswordForm account={account} onDone={() => setResetting(false)} />
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() => setResetting(true)}
          aria-label={`Đặt lại mật khẩu của ${account.username}`}
        >
          Đặt lại mật khẩu…
        </button>
      )}
      {error && (
        <span className="notice notice--error" role="alert">
          {describeError(error)}
        </span>
      )}
    </div>
  );
}
