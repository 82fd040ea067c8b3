import '@/components/light.css';

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { problemsOf } from '@/lib/field-errors';
import { problemText } from '@/lib/problem-text';

import { useLogin } from '../api/login';
import type { Credentials, Me } from '../types';

interface LoginFormProps {
  onSignedIn: (me: Me) => void;
}

type Field = keyof Credentials;
const fields: Field[] = ['username', 'password'];

/**
 * User name and password. Plain HTML rather than antd's form: it is the first screen of a first
 * visit, and on a cheap phone over a village's link antd would hold it back by seconds.
 */
export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  const login = useLogin();
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  const problems = login.isError ? problemsOf(login.error) : [];
  const errorsOf = (field: Field) => [
    ...(missing[field]
      ? [field === 'username' ? t('login.usernameRequired') : t('login.passwordRequired')]
      : []),
    ...problems.filter((problem) => problem.field === field).map((problem) => problem.message),
  ];
  const unplaced = problems.filter((problem) => !fields.includes(problem.field as Field));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const credentials = {
      username: inputs.current.username?.value ?? '',
      password: inputs.current.password?.value ?? '',
    };
    const nowMissing = {
      username: credentials.username.trim() === '',
      password: credentials.password === '',
    };
    setMissing(nowMissing);
    const firstMissing = fields.find((field) => nowMissing[field]);
    if (firstMissing) {
      inputs.current[firstMissing]?.focus();
      return;
    }
    login.mutate(credentials, { onSuccess: (me) => onSignedIn(me) });
  };

  return (
    <form name="login" className="vv-form" noValidate onSubmit={submit}>
      {login.isError && (
        <div role="alert" className="vv-alert vv-alert-error">
          <p className="vv-alert-title">{problemText(login.error, tCommon)}</p>
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map(({ field, message }) => (
                <li key={`${field}:${message}`}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {fields.map((field) => {
        const errors = errorsOf(field);
        const id = `login-${field}`;
        return (
          <div className="vv-field" key={field}>
            <label htmlFor={id}>{t(`login.${field}`)}</label>
            <input
              id={id}
              ref={(input) => {
                inputs.current[field] = input;
              }}
              name={field}
              type={field === 'password' ? 'password' : 'text'}
              autoComplete={field === 'password' ? 'current-password' : 'username'}
              autoFocus={field === 'username'}
              aria-required="true"
              aria-invalid={errors.length > 0}
              aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
              onChange={() => setMissing((before) => ({ ...before, [field]: false }))}
            />
            {errors.length > 0 && (
              <p className="vv-field-error" id={`${id}-error`}>
                {errors.join(' ')}
              </p>
            )}
          </div>
        );
      })}
      <button
        type="submit"
        className="vv-button"
        aria-busy={login.isPending}
        disabled={login.isPending}
      >
        {t('login.submit')}
      </button>
    </form>
  );
}
