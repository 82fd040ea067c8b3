import { useRef, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatSize } from '../format';

/**
 * The plain controls of the residents' proposal, objection and tracking forms, as the status check's: a label, a hint
 * below it, the control, and what is wrong with it below that, which the control is described by.
 */

const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;

function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  const ids = [...(hint ? [hintId(id)] : []), ...(error ? [errorId(id)] : [])];
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p className="resident-hint" id={hintId(id)}>
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="vv-field-error" id={errorId(id)}>
      {error}
    </p>
  ) : null;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

interface TextInputProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'date';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoCapitalize?: 'off' | 'words' | 'sentences' | 'characters';
  placeholder?: string;
  min?: string;
  max?: string;
}

export function TextInput({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoCapitalize = 'off',
  placeholder,
  min,
  max,
}: TextInputProps) {
  return (
    <div className="vv-field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <input
        id={id}
        type={type}
        value={value}
        inputMode={inputMode}
        autoCapitalize={autoCapitalize}
        placeholder={placeholder}
        min={min}
        max={max}
        // A phone at the village office is shared: it should not offer one resident's NIK or name to the next.
        autoComplete="off"
        spellCheck={false}
        aria-required="true"
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

interface TextAreaProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
}

export function TextArea({ id, label, hint, error, value, onChange }: TextAreaProps) {
  return (
    <div className="vv-field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <textarea
        id={id}
        value={value}
        rows={4}
        autoComplete="off"
        aria-required="true"
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> extends FieldProps {
  value: T | '';
  options: readonly Option<T>[];
  placeholder: string;
  onChange: (value: T | '') => void;
}

export function SelectField<T extends string>({
  id,
  label,
  hint,
  error,
  value,
  options,
  placeholder,
  onChange,
}: SelectFieldProps<T>) {
  return (
    <div className="vv-field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <select
        id={id}
        value={value}
        aria-required="true"
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          onChange(chosen?.value ?? '');
        }}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

interface RadioGroupProps<T extends string> extends Omit<FieldProps, 'label'> {
  legend: string;
  value: T | undefined;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
}

/** Choices as radio buttons a thumb can hit, each on a row of its own; `id` is the first one's, to move to. */
export function RadioGroup<T extends string>({
  id,
  legend,
  hint,
  error,
  value,
  options,
  onChange,
}: RadioGroupProps<T>) {
  return (
    <fieldset className="resident-fieldset">
      <legend>{legend}</legend>
      <Hint id={id} hint={hint} />
      <div className="resident-choices">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <label key={option.value} className="resident-choice" htmlFor={optionId}>
              <input
                id={optionId}
                type="radio"
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-invalid={error !== undefined}
                aria-describedby={describedBy(id, hint, error)}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

interface FileFieldProps extends FieldProps {
  accept: string;
  /** One file, which another replaces; or several, each choice adding to those chosen before. */
  multiple?: boolean;
  /** Opens the back camera on a phone. */
  capture?: boolean;
  files: readonly File[];
  onChange: (files: File[]) => void;
}

/**
 * A file to attach, or several: on a phone each photo of a family card is taken one at a time, so each choice adds to
 * the list below, where a wrong one is removed. Each file shows its size: on a metered link, that is what it costs.
 */
export function FileField({
  id,
  label,
  hint,
  error,
  accept,
  multiple = false,
  capture = false,
  files,
  onChange,
}: FileFieldProps) {
  const { t } = useTranslation('resident');
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="vv-field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        capture={capture ? 'environment' : undefined}
        // Not aria-required, which a file field may not carry; the form checks it itself (noValidate), not the browser.
        required
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []);
          if (multiple) {
            // Ready for the next photo: those chosen are listed below.
            event.target.value = '';
            if (chosen.length > 0) {
              onChange([...files, ...chosen]);
            }
          } else {
            onChange(chosen.slice(0, 1));
          }
        }}
      />
      {files.length > 0 && (
        <ul className="resident-files">
          {files.map((file, index) => (
            <li key={`${index}:${file.name}`}>
              <span>
                {t('submission.fileChosen', { name: file.name, size: formatSize(file.size) })}
              </span>
              <button
                type="button"
                className="resident-secondary"
                aria-label={t('submission.removeFile', { name: file.name })}
                onClick={() => {
                  if (!multiple && input.current) {
                    input.current.value = '';
                  }
                  onChange(files.filter((_, other) => other !== index));
                  input.current?.focus();
                }}
              >
                {t('submission.removeFileShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}
