import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { today } from '@/lib/calendar-date';

import { useSubmitProposal } from '../api/send-submission';
import {
  emptyMember,
  emptyProposal,
  proposalBrokenRules,
  proposalFields,
  tidyProposal,
  type MemberDraft,
  type ProposalDraft,
} from '../proposal-rules';
import { familyCardRule, pdfType, photoRule, photoTypes } from '../submission-rules';
import type { PublicSubmissionReceipt } from '../submission-types';
import { FileField, RadioGroup, TextArea, TextInput } from './form-fields';
import { fieldId } from './field-ids';
import { MemberRows } from './member-rows';
import { Refusal, SendFailure } from './send-problem';
import { useSubmissionForm } from './submission-form';
import { UploadProgressView } from './upload-progress';
import { VillageChooser } from './village-chooser';

const form = 'usul';

/**
 * A resident proposes a household for the registry: their own, or a poor neighbour's in the same village, with its
 * members as on the family card, a photo of the house and the family card itself. Checked here as the server would
 * before anything is sent; whatever goes wrong, what was typed and chosen stays.
 */
export function ProposalForm({ onSent }: { onSent: (receipt: PublicSubmissionReceipt) => void }) {
  const { t } = useTranslation('resident');
  const { mutation: upload, progress } = useSubmitProposal();
  const nextMemberKey = useRef(1);
  const { regions, villageCode, draft, setDraft, problems, refusal, chooseRegions, change, send } =
    useSubmissionForm<ProposalDraft>(
      form,
      upload,
      // The members' fields follow the rows the resident has.
      (proposal) => proposalFields(proposal.members.length),
      emptyProposal,
    );
  const { errorOf, edited } = problems;

  const changeMember = (index: number, patch: Partial<MemberDraft>) => {
    setDraft((before) => ({
      ...before,
      members: before.members.map((member, other) =>
        other === index ? { ...member, ...patch } : member,
      ),
    }));
    for (const field of Object.keys(patch)) {
      edited(`household.members[${index}].${field}`);
    }
  };

  const sendProposal = () => {
    const proposal = { ...draft, villageCode };
    send(proposalBrokenRules(proposal, today()), Boolean(proposal.housePhoto), (onError) => {
      if (proposal.housePhoto) {
        upload.mutate(
          {
            proposal: tidyProposal(proposal),
            housePhoto: proposal.housePhoto,
            familyCard: proposal.familyCard,
          },
          { onSuccess: onSent, onError },
        );
      }
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    sendProposal();
  };

  const id = (field: string) => fieldId(form, field);

  return (
    <>
      <form
        name="resident-proposal"
        className="vv-form"
        aria-label={t('proposal.label')}
        noValidate
        onSubmit={submit}
      >
        <Refusal ref={refusal} error={upload.error} unplaced={problems.unplaced} />
        <VillageChooser
          legend={t('proposal.villageLegend')}
          chosen={regions}
          error={errorOf('villageCode')}
          onChange={chooseRegions}
        />
        <fieldset className="resident-fieldset">
          <legend>{t('proposal.submitterLegend')}</legend>
          <TextInput
            id={id('submitter.nik')}
            label={t('proposal.submitterNik')}
            hint={t('proposal.submitterNikHint')}
            value={draft.submitterNik}
            inputMode="numeric"
            error={errorOf('submitter.nik')}
            onChange={(submitterNik) => change('submitter.nik', { submitterNik })}
          />
          <TextInput
            id={id('submitter.name')}
            label={t('proposal.submitterName')}
            hint={t('proposal.submitterNameHint')}
            value={draft.submitterName}
            autoCapitalize="words"
            error={errorOf('submitter.name')}
            onChange={(submitterName) => change('submitter.name', { submitterName })}
          />
          <TextInput
            id={id('submitter.phone')}
            type="tel"
            label={t('proposal.phone')}
            hint={t('proposal.phoneHint')}
            value={draft.phone}
            inputMode="tel"
            error={errorOf('submitter.phone')}
            onChange={(phone) => change('submitter.phone', { phone })}
          />
        </fieldset>
        <RadioGroup
          id={id('forOwnHousehold')}
          legend={t('proposal.forWhom')}
          value={
            draft.forOwnHousehold === undefined
              ? undefined
              : draft.forOwnHousehold
                ? 'own'
                : 'other'
          }
          options={[
            { value: 'own', label: t('proposal.own') },
            { value: 'other', label: t('proposal.neighbour') },
          ]}
          error={errorOf('forOwnHousehold')}
          onChange={(value) => {
            change('forOwnHousehold', { forOwnHousehold: value === 'own' });
            // Whether the submitter must be a member changes with it.
            edited('submitter.nik');
          }}
        />
        <TextArea
          id={id('reason')}
          label={t('proposal.reason')}
          hint={t('proposal.reasonHint')}
          value={draft.reason}
          error={errorOf('reason')}
          onChange={(reason) => change('reason', { reason })}
        />
        <fieldset className="resident-fieldset">
          <legend>{t('proposal.householdLegend')}</legend>
          <TextInput
            id={id('household.address')}
            label={t('proposal.address')}
            hint={t('proposal.addressHint')}
            value={draft.address}
            autoCapitalize="words"
            error={errorOf('household.address')}
            onChange={(address) => change('household.address', { address })}
          />
          <div className="resident-pair">
            <TextInput
              id={id('household.rt')}
              label={t('proposal.rt')}
              value={draft.rt}
              inputMode="numeric"
              error={errorOf('household.rt')}
              onChange={(rt) => change('household.rt', { rt })}
            />
            <TextInput
              id={id('household.rw')}
              label={t('proposal.rw')}
              value={draft.rw}
              inputMode="numeric"
              error={errorOf('household.rw')}
              onChange={(rw) => change('household.rw', { rw })}
            />
          </div>
          <TextInput
            id={id('household.kkNumber')}
            label={t('proposal.kkNumber')}
            hint={t('proposal.kkNumberHint')}
            value={draft.kkNumber}
            inputMode="numeric"
            error={errorOf('household.kkNumber')}
            onChange={(kkNumber) => change('household.kkNumber', { kkNumber })}
          />
        </fieldset>
        <MemberRows
          form={form}
          members={draft.members}
          errorOf={errorOf}
          onChange={changeMember}
          onAdd={() => {
            const key = nextMemberKey.current++;
            setDraft((before) => ({ ...before, members: [...before.members, emptyMember(key)] }));
          }}
          onRemove={(index) => {
            setDraft((before) => ({
              ...before,
              members: before.members.filter((_, other) => other !== index),
            }));
            // The rows below move up: what was said about them by number no longer applies.
            edited('household.members');
          }}
        />
        <fieldset className="resident-fieldset">
          <legend>{t('proposal.documentsLegend')}</legend>
          <FileField
            id={id('housePhoto')}
            label={t('proposal.housePhoto')}
            hint={t('proposal.housePhotoHint')}
            accept={photoTypes.join(',')}
            capture
            files={draft.housePhoto ? [draft.housePhoto] : []}
            error={errorOf('housePhoto')}
            onChange={([housePhoto]) => {
              setDraft((before) => ({ ...before, housePhoto }));
              problems.recheck(
                'housePhoto',
                housePhoto && photoRule(housePhoto, 'housePhotoRequired'),
              );
            }}
          />
          <p className="resident-note">{t('proposal.whyFamilyCard')}</p>
          <FileField
            id={id('familyCard')}
            label={t('proposal.familyCard')}
            hint={t('proposal.familyCardHint')}
            accept={[...photoTypes, pdfType].join(',')}
            multiple
            files={draft.familyCard}
            error={errorOf('familyCard')}
            onChange={(familyCard) => {
              setDraft((before) => ({ ...before, familyCard }));
              problems.recheck(
                'familyCard',
                familyCard.length > 0 ? familyCardRule(familyCard) : undefined,
              );
            }}
          />
        </fieldset>
        {/* Not disabled while sending: a disabled button loses the keyboard's focus. */}
        <button
          type="submit"
          className="vv-button"
          aria-busy={upload.isPending}
          aria-disabled={upload.isPending}
        >
          {upload.isPending ? t('proposal.sending') : t('proposal.submit')}
        </button>
      </form>
      <div className="resident-outcome">
        <SendFailure error={upload.error} failed={t('submission.failed')} onRetry={sendProposal} />
        <div role="status" className="resident-status">
          {upload.isPending && (
            <UploadProgressView sending={t('proposal.sending')} progress={progress} />
          )}
        </div>
      </div>
    </>
  );
}
