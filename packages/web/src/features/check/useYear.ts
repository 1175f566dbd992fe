import { useSearchParams } from 'react-router';
import { useMe } from '../auth/MeContext';

/** The year in view, kept in the address (`?year=2025`) so that a link opens the same year; default this year. */
export function useYear(): [number, (y: number) => void] {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const current = Number(me.today.slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= current ? asked : current;
  const setYear = (y: number) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (y === current) next.delete('year');
        else next.set('year', String(y));
        return next;
      },
      { replace: true },
    );
  return [year, setYear];
}
