import { ChartPie } from '@strapi/icons';

export const MetricsIcon = () => <ChartPie aria-hidden />;
