import { Typography } from '@strapi/design-system';
import type { FieldErrors } from '../../api';
import { otherErrors } from '../../components/fieldErrors';
import { useT } from '../../components/useT';

/** Refusals that belong to no input of the form (closed already, nothing to do, not allowed). */
export const FormErrors = ({ errors, shown }: { errors: FieldErrors; shown: string[] }) => {
  const t = useT();
  const messages = otherErrors(errors, shown, t);
  if (messages.length === 0) return null;
  return (
    <div role="alert" tabIndex={-1}>
      {[...new Set(messages)].map((message) => (
        <Typography key={message} tag="p" textColor="danger700" fontWeight="bold">
          {message}
        </Typography>
      ))}
    </div>
  );
};
