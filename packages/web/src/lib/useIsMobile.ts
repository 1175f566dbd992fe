import { Grid } from 'antd';

/** True below antd's `md` breakpoint (768 px): phones, where tables become cards and the menu a drawer. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every key is undefined; assume a wide screen only if `md` is known to hold.
  return screens.md === false || (screens.md === undefined && window.innerWidth < 768);
}
