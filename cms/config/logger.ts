import { formats, winston } from '@strapi/logger';

// LOG_LEVEL lets tests and benchmarks quieten the CMS (errors and warnings always pass the default
// `http` level); `info` suits a person watching it start.
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL ?? 'http',
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
};
