import type { Talk } from '@zhibu/schemas';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { personTalksPath } from '../api';
import { TalkList } from './TalkList';
import '../../lifeMeetings/life.css';

/** A member's talks on their page (MEM-4): 谈心谈话 and 诫勉谈话 of every branch, as far as the viewer may see. */
export function PersonTalks({ personId }: { personId: string }) {
  const talks = useApi<{ items: Talk[] }>(personTalksPath(personId));
  return (
    <PageState loading={talks.loading && !talks.data} error={talks.error} onRetry={talks.reload}>
      <TalkList items={talks.data?.items ?? []} showBranch />
    </PageState>
  );
}
