// The node's context menu (right-click, Shift+F10 or the menu key): expand, expand by relation kind,
// hide, pin or unpin, ego network, find a path from here, details. A real menu for the keyboard:
// arrows move, Enter chooses, Escape closes and gives focus back to the canvas.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { RELATION_KIND_INFO, type RelationKind } from '../../../shared/ontology';
import { tx } from '../i18n/explorerStrings';
import { selectNode } from '../state/actions';
import { requestPath } from '../state/analysisActions';
import { expandNode, hideNodes, pinNodes, relationKindsOf, showEgoNetwork } from '../state/canvasActions';
import type { Position } from '../state/graphSlice';
import { useAtlas } from '../state/store';
import { isolate } from '../../../shared/text/isolate';

export interface MenuTarget {
  readonly nodeId: string;
  /** Rendered position inside the canvas box. */
  readonly at: Position;
}

interface Item {
  readonly label: string;
  readonly run: () => void;
}

export function ContextMenu({ target, onClose }: { readonly target: MenuTarget; readonly onClose: () => void }) {
  const language = useAtlas((s) => s.language);
  const node = useAtlas((s) => s.nodes.get(target.nodeId));
  const isPinned = useAtlas((s) => s.pinned.has(target.nodeId));
  const [kinds, setKinds] = useState<{ kind: RelationKind; count: number }[] | 'closed' | 'loading'>('closed');
  const menuRef = useRef<HTMLDivElement>(null);
  const id = target.nodeId;

  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [kinds]);

  // Keep the whole menu inside the canvas box, whichever corner the node is near.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const box = menu?.parentElement;
    if (menu === null || box === null || box === undefined) return;
    menu.style.left = `${String(Math.max(0, Math.min(target.at.x, box.clientWidth - menu.offsetWidth - 4)))}px`;
    menu.style.top = `${String(Math.max(0, Math.min(target.at.y, box.clientHeight - menu.offsetHeight - 4)))}px`;
  }, [target, kinds]);

  const close = (work?: () => void): void => {
    onClose();
    work?.();
  };
  const items: Item[] =
    kinds === 'closed'
      ? [
          { label: tx(language, 'expand'), run: () => close(() => void expandNode(id)) },
          {
            label: tx(language, 'expandByKind'),
            run: () => {
              setKinds('loading');
              void relationKindsOf(id).then(setKinds, () => setKinds('closed'));
            },
          },
          { label: tx(language, 'hide'), run: () => close(() => hideNodes([id])) },
          {
            label: tx(language, isPinned ? 'unpin' : 'pin'),
            run: () => close(() => pinNodes([id], !isPinned)),
          },
          { label: tx(language, 'ego'), run: () => close(() => void showEgoNetwork(id)) },
          { label: tx(language, 'findPath'), run: () => close(() => requestPath(id)) },
          { label: tx(language, 'details'), run: () => close(() => void selectNode(id)) },
        ]
      : [
          { label: tx(language, 'back'), run: () => setKinds('closed') },
          ...(kinds === 'loading'
            ? []
            : kinds.map(({ kind, count }) => ({
                label: `${RELATION_KIND_INFO[kind].label[language]} (${String(count)})`,
                run: () => close(() => void expandNode(id, [kind])),
              }))),
        ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const buttons = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (event.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowUp') buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    else if (event.key === 'Home') buttons[0]?.focus();
    else if (event.key === 'End') buttons.at(-1)?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={menuRef}
      role="menu"
      className="context-menu"
      aria-label={tx(language, 'menu', isolate(node?.label[language] ?? id))}
      style={{ left: target.at.x, top: target.at.y }}
      onKeyDown={onKeyDown}
      data-testid="context-menu"
    >
      {kinds === 'loading' && <p className="menu-note">{tx(language, 'loadingKinds')}</p>}
      {items.map((item) => (
        <button key={item.label} type="button" role="menuitem" tabIndex={-1} onClick={item.run}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
