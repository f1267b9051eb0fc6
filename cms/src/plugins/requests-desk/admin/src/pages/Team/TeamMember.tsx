import { useState, type FormEvent } from 'react';
import { Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import type { Team } from '../../../../contract';
import { useDeskApi } from '../../api';
import { otherErrors } from '../../components/fieldErrors';
import { useMeta } from '../../components/MetaContext';
import { useT } from '../../components/useT';

type Member = Team[number];

/** One staff member and the divisions they work in, saved on its own. */
export const TeamMember = ({ member, onSaved }: { member: Member; onSaved: () => void }) => {
  const t = useT();
  const api = useDeskApi();
  const meta = useMeta();
  const { toggleNotification } = useNotification();
  const [divisions, setDivisions] = useState<string[]>(member.divisions);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const toggle = (key: string, checked: boolean) =>
    setDivisions((previous) => (checked ? [...new Set([...previous, key])] : previous.filter((candidate) => candidate !== key)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblems([]);
    try {
      const outcome = await api.updateTeamMember(member.id, divisions);
      if (outcome.ok) {
        toggleNotification({ type: 'success', message: t('common.saved') });
        onSaved();
      } else {
        setProblems(otherErrors(outcome.errors, [], t));
        toggleNotification({ type: 'warning', message: t('common.saveFailed') });
      }
    } catch {
      setProblems([t('common.saveFailed')]);
    } finally {
      setBusy(false);
    }
  };

  const headingId = `desk-member-${member.id}`;
  return (
    <Box tag="li" background="neutral0" padding={5} hasRadius shadow="tableShadow">
      <Typography tag="h2" variant="delta" id={headingId}>
        {member.name}
      </Typography>
      <Typography tag="p" textColor="neutral600">
        {member.email} · {member.roles.join(', ')}
        {member.supervisor && ` · ${t('team.supervisor')}`}
      </Typography>
      <form onSubmit={submit}>
        <fieldset style={{ border: 0, padding: 0, margin: '12px 0 0' }}>
          <legend>
            <Typography fontWeight="bold">{t('team.divisionsOf', { name: member.name })}</Typography>
          </legend>
          <Flex gap={4} wrap="wrap" paddingTop={2}>
            {meta.divisions.map((division) => (
              <Checkbox key={division.key} checked={divisions.includes(division.key)} onCheckedChange={(checked) => toggle(division.key, checked === true)}>
                {division.name}
              </Checkbox>
            ))}
          </Flex>
        </fieldset>
        {problems.length > 0 && (
          <div role="alert">
            {problems.map((problem) => (
              <Typography key={problem} tag="p" textColor="danger700">
                {problem}
              </Typography>
            ))}
          </div>
        )}
        <Flex paddingTop={3}>
          <Button type="submit" variant="secondary" loading={busy}>
            {t('team.save', { name: member.name })}
          </Button>
        </Flex>
      </form>
    </Box>
  );
};
