/**
 * The card stage: Preact and the card components, injected by the background into a page only when
 * its first card opens (entrypoints/page-guard/stages.ts). The marks stage owns the card's host and
 * placement; this brings only how a card looks.
 */
import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { NotFoundCard } from '../../components/NotFoundCard';
import { TermCard } from '../../components/TermCard';
import cardCss from '../../components/term-card.css?inline';
import { stages } from '../page-guard/stages';

export default defineUnlistedScript(() => {
  stages().cardUi = {
    css: cardCss,
    termCard: (props) => h(TermCard, props),
    notFoundCard: (props) => h(NotFoundCard, props),
    render: (content, container) => render(content, container),
  };
});
