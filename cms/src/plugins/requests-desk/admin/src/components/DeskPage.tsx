import type { ReactNode } from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Box } from '@strapi/design-system';
import { DeskNav } from './DeskNav';

interface DeskPageProps {
  /** The page's one h1 (and the browser tab's title). */
  title: string;
  navigationAction?: ReactNode;
  primaryAction?: ReactNode;
  children: ReactNode;
}

/** Every desk page: its heading, the desk's own nav, then the content. */
export const DeskPage = ({ title, navigationAction, primaryAction, children }: DeskPageProps) => (
  <Page.Main>
    <Page.Title>{title}</Page.Title>
    <Layouts.Header title={title} navigationAction={navigationAction} primaryAction={primaryAction} subtitle={<DeskNav />} />
    <Layouts.Content>
      <Box paddingBottom={10}>{children}</Box>
    </Layouts.Content>
  </Page.Main>
);
