import type { CaseHistory } from '../../core/history/model.ts';
import { HoverCard } from './hover-card.tsx';

export const CARD_ID = 'protokoll-dnr-card';
const CARD_WIDTH = 380;
const GAP = 6;
const MARGIN = 8;

export interface Anchor {
  caseNumber: string;
  /** The reference's first line box, in viewport coordinates. */
  rect: { left: number; top: number; right: number; bottom: number; width: number; height: number };
}

export interface ReferenceLayerProps {
  card: (Anchor & { history: CaseHistory | null | undefined; diariumUrl: string | null }) | null;
  /** The reference keyboard focus is on, if the keyboard layer is active. */
  focus: Anchor | null;
  onCardPointer: (inside: boolean) => void;
  onProxyKey: (event: KeyboardEvent) => void;
}

/** Below the reference where there is room, else above it; never off the side of the viewport. */
function cardPosition(rect: Anchor['rect']): Record<string, string> {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(MARGIN, Math.min(rect.left, vw - CARD_WIDTH - MARGIN));
  const below = vh - rect.bottom;
  return below >= Math.min(320, rect.top)
    ? { left: `${left}px`, top: `${rect.bottom + GAP}px` }
    : { left: `${left}px`, bottom: `${vh - rect.top + GAP}px` };
}

/**
 * Everything we draw on a page, in our own shadow root: the hover card, and the focus ring a
 * keyboard user moves between references (highlights themselves cannot take focus).
 */
export function ReferenceLayer({ card, focus, onCardPointer, onProxyKey }: ReferenceLayerProps) {
  return (
    <div class="layer">
      {focus && (
        <button
          type="button"
          class="focus-proxy"
          aria-label={`Diarienummer ${focus.caseNumber}`}
          aria-describedby={card ? CARD_ID : undefined}
          aria-expanded={card !== null}
          style={{
            left: `${focus.rect.left}px`,
            top: `${focus.rect.top}px`,
            width: `${focus.rect.width}px`,
            height: `${focus.rect.height}px`,
          }}
          onKeyDown={onProxyKey}
        />
      )}
      {card && (
        <div style={{ position: 'fixed', ...cardPosition(card.rect) }} onPointerEnter={() => onCardPointer(true)} onPointerLeave={() => onCardPointer(false)}>
          <HoverCard id={CARD_ID} caseNumber={card.caseNumber} history={card.history} diariumUrl={card.diariumUrl} />
        </div>
      )}
    </div>
  );
}
