// The request form page's only script: hydrates the form rendered at build time and gives it what
// only a browser has (the network, localStorage, random keys, the clock).
import { browserStorage, hydrateIsland } from '../lib/hydrate';
import { graphqlRunner } from '../lib/graphql';
import { sendThroughCms, solveInBrowser } from './send';
import { saveEndpointOf, saveThroughCms } from './save';
import { addressSearch, browserLocate } from './location/services';
import { ServiceRequestForm, type ServiceRequestIslandProps } from './ServiceRequestForm';
import { beaconTo } from './useFormMetrics';

hydrateIsland<ServiceRequestIslandProps>('service-request', ({ graphqlUrl, addressesUrl, metricsUrl, ...props }) => (
  <ServiceRequestForm
    {...props}
    services={{
      send: sendThroughCms(graphqlRunner(graphqlUrl), props.action),
      solveChallenge: solveInBrowser,
      save: saveThroughCms(saveEndpointOf(props.action)),
      storage: browserStorage(),
      location: { search: addressSearch(addressesUrl), locate: browserLocate },
      newKey: () => crypto.randomUUID(),
      now: () => Date.now(),
      metrics: metricsUrl ? beaconTo(metricsUrl) : undefined,
    }}
  />
));
