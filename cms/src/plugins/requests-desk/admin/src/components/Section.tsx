import type { ReactNode } from 'react';
import { Box, Typography } from '@strapi/design-system';

/** A titled block of a page: an h2 (or h3 inside one) naming its region. */
export const Section = ({ id, title, level = 2, children }: { id: string; title: string; level?: 2 | 3; children: ReactNode }) => (
  <Box tag="section" aria-labelledby={id} background="neutral0" padding={level === 2 ? 6 : 4} hasRadius shadow={level === 2 ? 'tableShadow' : undefined}>
    <Typography tag={level === 2 ? 'h2' : 'h3'} variant={level === 2 ? 'delta' : 'epsilon'} fontWeight="bold" id={id}>
      {title}
    </Typography>
    <Box paddingTop={3}>{children}</Box>
  </Box>
);
