import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';

import { today } from '@/lib/calendar-date';

import { memberField, type MemberDraft } from '../proposal-rules';
import { limits } from '../submission-rules';
import { relationships, sexes } from '../submission-types';
import { FieldError, SelectField, TextInput } from './form-fields';
import { fieldId } from './field-ids';

interface MemberRowsProps {
  form: string;
  members: readonly MemberDraft[];
  errorOf: (field: string) => string | undefined;
  onChange: (index: number, patch: Partial<MemberDraft>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/**
 * The household's members as the family card lists them, a group of fields each: added one at a time (at most 20),
 * any but a lone one removed. The keyboard follows: to the new member's NIK, or back to "add" after a removal.
 */
export function MemberRows({ form, members, errorOf, onChange, onAdd, onRemove }: MemberRowsProps) {
  const { t } = useTranslation('resident');
  const membersId = fieldId(form, 'household.members');
  const addId = `${membersId}-add`;
  const full = members.length >= limits.members;
  const sexOptions = sexes.map((value) => ({ value, label: t(`proposal.sexes.${value}`) }));
  const relationshipOptions = relationships.map((value) => ({
    value,
    label: t(`proposal.relationships.${value}`),
  }));
  const membersError = errorOf('household.members');

  return (
    <fieldset
      className="resident-fieldset"
      id={membersId}
      tabIndex={-1}
      aria-describedby={`${membersId}-hint${membersError ? ` ${membersId}-error` : ''}`}
    >
      <legend>{t('proposal.membersLegend')}</legend>
      <p className="resident-hint" id={`${membersId}-hint`}>
        {t('proposal.membersHint')}
      </p>
      {members.map((member, index) => {
        const id = (field: Parameters<typeof memberField>[1]) =>
          fieldId(form, memberField(index, field));
        const errorAt = (field: Parameters<typeof memberField>[1]) =>
          errorOf(memberField(index, field));
        const number = index + 1;
        return (
          <fieldset key={member.key} className="resident-member">
            <legend>{t('proposal.member', { number })}</legend>
            <TextInput
              id={id('nik')}
              label={t('proposal.memberNik')}
              value={member.nik}
              inputMode="numeric"
              error={errorAt('nik')}
              onChange={(nik) => onChange(index, { nik })}
            />
            <TextInput
              id={id('name')}
              label={t('proposal.memberName')}
              value={member.name}
              autoCapitalize="words"
              error={errorAt('name')}
              onChange={(name) => onChange(index, { name })}
            />
            <TextInput
              id={id('birthDate')}
              type="date"
              label={t('proposal.birthDate')}
              value={member.birthDate}
              min="1900-01-01"
              max={today()}
              error={errorAt('birthDate')}
              onChange={(birthDate) => onChange(index, { birthDate })}
            />
            <SelectField
              id={id('sex')}
              label={t('proposal.sex')}
              value={member.sex}
              options={sexOptions}
              placeholder={t('proposal.choose')}
              error={errorAt('sex')}
              onChange={(sex) => onChange(index, { sex })}
            />
            <SelectField
              id={id('relationship')}
              label={t('proposal.relationship')}
              value={member.relationship}
              options={relationshipOptions}
              placeholder={t('proposal.choose')}
              error={errorAt('relationship')}
              onChange={(relationship) => onChange(index, { relationship })}
            />
            {members.length > 1 && (
              <button
                type="button"
                className="resident-secondary"
                onClick={() => {
                  flushSync(() => onRemove(index));
                  document.getElementById(addId)?.focus();
                }}
              >
                {t('proposal.removeMember', { number })}
              </button>
            )}
          </fieldset>
        );
      })}
      {full ? (
        <p className="resident-hint" id={addId} tabIndex={-1}>
          {t('proposal.membersFull')}
        </p>
      ) : (
        <button
          type="button"
          id={addId}
          className="resident-secondary"
          onClick={() => {
            flushSync(onAdd);
            document.getElementById(fieldId(form, memberField(members.length, 'nik')))?.focus();
          }}
        >
          {t('proposal.addMember')}
        </button>
      )}
      <FieldError id={membersId} error={membersError} />
    </fieldset>
  );
}
