import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useSubmitObjection } from '../api/send-submission';
import {
  emptyObjection,
  objectionBrokenRules,
  objectionFields,
  tidyObjection,
  type ObjectionDraft,
} from '../objection-rules';
import { photoRule, photoTypes } from '../submission-rules';
import { objectionReasons, type PublicSubmissionReceipt } from '../submission-types';
import { FileField, RadioGroup, TextArea, TextInput } from './form-fields';
import { fieldId } from './field-ids';
import { PositionField } from './position-field';
import { Refusal, SendFailure } from './send-problem';
import { useSubmissionForm } from './submission-form';
import { UploadProgressView } from './upload-progress';
import { VillageChooser } from './village-chooser';

const form = 'sanggah';

/**
 * A resident on the registry objects to a household of their village that should not be on it: who they are (never
 * told to that household), whom they mean and why, a photo of the house and where it is. Checked here as the server
 * would before anything is sent; whatever goes wrong, what was typed and chosen stays.
 */
export function ObjectionForm({ onSent }: { onSent: (receipt: PublicSubmissionReceipt) => void }) {
  const { t } = useTranslation('resident');
  const { mutation: upload, progress } = useSubmitObjection();
  const { regions, villageCode, draft, setDraft, problems, refusal, chooseRegions, change, send } =
    useSubmissionForm<ObjectionDraft>(form, upload, () => objectionFields, emptyObjection);
  const { errorOf, edited } = problems;

  const sendObjection = () => {
    const objection = { ...draft, villageCode };
    send(objectionBrokenRules(objection), Boolean(objection.housePhoto), (onError) => {
      if (objection.housePhoto) {
        upload.mutate(
          { objection: tidyObjection(objection), housePhoto: objection.housePhoto },
          { onSuccess: onSent, onError },
        );
      }
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    sendObjection();
  };

  const id = (field: string) => fieldId(form, field);
  const positionErrors = [errorOf('latitude'), errorOf('longitude')].filter(Boolean);

  return (
    <>
      <form
        name="resident-objection"
        className="vv-form"
        aria-label={t('objection.label')}
        noValidate
        onSubmit={submit}
      >
        <Refusal ref={refusal} error={upload.error} unplaced={problems.unplaced} />
        <VillageChooser
          legend={t('objection.villageLegend')}
          chosen={regions}
          error={errorOf('villageCode')}
          onChange={chooseRegions}
        />
        <fieldset className="resident-fieldset">
          <legend>{t('objection.objectorLegend')}</legend>
          <TextInput
            id={id('objector.nik')}
            label={t('objection.objectorNik')}
            hint={t('objection.objectorNikHint')}
            value={draft.objectorNik}
            inputMode="numeric"
            error={errorOf('objector.nik')}
            onChange={(objectorNik) => change('objector.nik', { objectorNik })}
          />
          <TextInput
            id={id('objector.name')}
            label={t('objection.objectorName')}
            hint={t('objection.objectorNameHint')}
            value={draft.objectorName}
            autoCapitalize="words"
            error={errorOf('objector.name')}
            onChange={(objectorName) => change('objector.name', { objectorName })}
          />
        </fieldset>
        <fieldset className="resident-fieldset">
          <legend>{t('objection.objectedLegend')}</legend>
          <TextInput
            id={id('objectedName')}
            label={t('objection.objectedName')}
            hint={t('objection.objectedNameHint')}
            value={draft.objectedName}
            autoCapitalize="words"
            error={errorOf('objectedName')}
            onChange={(objectedName) => change('objectedName', { objectedName })}
          />
          <TextInput
            id={id('objectedAddress')}
            label={t('objection.objectedAddress')}
            hint={t('objection.objectedAddressHint')}
            value={draft.objectedAddress}
            error={errorOf('objectedAddress')}
            onChange={(objectedAddress) => change('objectedAddress', { objectedAddress })}
          />
        </fieldset>
        <RadioGroup
          id={id('reason')}
          legend={t('objection.reason')}
          value={draft.reason || undefined}
          options={objectionReasons.map((value) => ({
            value,
            label: t(`objection.reasons.${value}`),
          }))}
          error={errorOf('reason')}
          onChange={(reason) => change('reason', { reason })}
        />
        <TextArea
          id={id('statement')}
          label={t('objection.statement')}
          hint={t('objection.statementHint')}
          value={draft.statement}
          error={errorOf('statement')}
          onChange={(statement) => change('statement', { statement })}
        />
        <FileField
          id={id('housePhoto')}
          label={t('objection.housePhoto')}
          hint={t('objection.housePhotoHint')}
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
            // With a photo, the server may find the position in it.
            edited('latitude');
          }}
        />
        <PositionField
          id={id('latitude')}
          position={draft.position}
          error={positionErrors.length > 0 ? positionErrors.join(' ') : undefined}
          onChange={(position) => {
            setDraft((before) => ({ ...before, position }));
            edited('latitude');
            edited('longitude');
          }}
        />
        {/* Not disabled while sending: a disabled button loses the keyboard's focus. */}
        <button
          type="submit"
          className="vv-button"
          aria-busy={upload.isPending}
          aria-disabled={upload.isPending}
        >
          {upload.isPending ? t('objection.sending') : t('objection.submit')}
        </button>
      </form>
      <div className="resident-outcome">
        <SendFailure error={upload.error} failed={t('submission.failed')} onRetry={sendObjection} />
        <div role="status" className="resident-status">
          {upload.isPending && (
            <UploadProgressView sending={t('objection.sending')} progress={progress} />
          )}
        </div>
      </div>
    </>
  );
}
