// The answers of the other pages, carried in hidden fields of a page of a form of several pages the
// server shows page by page without JavaScript (shared/forms/steps.ts): each post holds every
// answer so far, so the CMS keeps nothing between pages but the files, and the last page's send is
// the ordinary one. The page is the resident's own (rendered for them, never stored or cached) and
// the answers never travel in an address: only in this page and in the body it posts.
import { CONTACT_FIELDS, type ServiceForm, type StagedFiles } from '@city/shared/forms';
import type { FormValues } from './model';

export interface CarriedValuesProps {
  form: Pick<ServiceForm, 'fields'>;
  values: FormValues;
  /** The questions asked on this page: their own controls post them. */
  shown: ReadonlySet<string>;
  /** Whether the contact details are asked on this page. */
  contactShown: boolean;
  /** The page posted from. */
  screen: string;
  staged: StagedFiles | undefined;
}

export function CarriedValues({ form, values, shown, contactShown, screen, staged }: CarriedValuesProps) {
  const answers = form.fields
    .filter((field) => !shown.has(field.key) && field.__component !== 'form-field.file-upload')
    .flatMap((field) => {
      const value = values.answers[field.key];
      const list = Array.isArray(value) ? value : value ? [value] : [];
      return list.map((item, index) => <input type="hidden" key={`${field.key}-${index}`} name={`answers[${field.key}]`} value={item} />);
    });
  return (
    <>
      <input type="hidden" name="screen" value={screen} />
      {staged && <input type="hidden" name="staged" value={staged.id} />}
      {answers}
      {!contactShown && CONTACT_FIELDS.map((name) => values.contact[name] && <input type="hidden" key={name} name={`contact[${name}]`} value={values.contact[name]} />)}
    </>
  );
}
