import { Flex, Loader, Typography } from '@strapi/design-system';
import { useDeskApi } from '../../api';
import { DeskPage } from '../../components/DeskPage';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../../../../../admin/shared/useLoad';
import { useT } from '../../components/useT';
import { TeamMember } from './TeamMember';

/** Supervisors decide who works which divisions (what each person sees and can be assigned). */
export const TeamPage = () => {
  const t = useT();
  const api = useDeskApi();
  const team = useLoad(api.team, 'team');
  return (
    <DeskPage title={t('team.title')}>
      {team.state === 'failed' && <LoadFailed onRetry={team.reload} />}
      {!team.data && team.state === 'loading' && <Loader>{t('common.loading')}</Loader>}
      {team.data && team.data.length === 0 && <Typography>{t('team.empty')}</Typography>}
      {team.data && team.data.length > 0 && (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={4} style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('team.caption')}>
          {team.data.map((member) => (
            <TeamMember key={`${member.id}-${member.divisions.join()}`} member={member} onSaved={team.reload} />
          ))}
        </Flex>
      )}
    </DeskPage>
  );
};
