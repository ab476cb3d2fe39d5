'use client';

import { useEffect } from 'react';

const LEAVE_QUESTION = '有未保存的修改，离开后会丢失。确定要离开吗？';

/**
 * While `dirty`, asks before the editor leaves the page: the browser's own question when the tab
 * is closed or reloaded, and ours when a link inside the site is followed (client-side navigation
 * never fires `beforeunload`).
 */
export function useUnsavedChangesWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when a value is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.download) return;
      if (new URL(link.href, location.href).origin !== location.origin) return;
      if (!window.confirm(LEAVE_QUESTION)) {
        event.preventDefault();
        // Before Next's <Link> handler sees it (this listener runs in the capture phase).
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);
}
