import metrics from './metrics';

export default { metrics };
