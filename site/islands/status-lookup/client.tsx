// The status page's only script: hydrates the look-up form and lets it ask the CMS, and send a reply.
import { graphqlRunner } from '../lib/graphql';
import { hydrateIsland } from '../lib/hydrate';
import { lookUpThroughCms } from './lookup';
import { sendReplyToCms } from './reply';
import { StatusLookup, type StatusLookupIslandProps } from './StatusLookup';

hydrateIsland<StatusLookupIslandProps>('status-lookup', ({ graphqlUrl, ...props }) => (
  <StatusLookup {...props} lookUp={lookUpThroughCms(graphqlRunner(graphqlUrl))} sendReply={sendReplyToCms(props.replyUrl)} />
));
