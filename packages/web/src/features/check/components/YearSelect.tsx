import { Select } from 'antd';
import { useMe } from '../../auth/MeContext';
import { yearOptions } from '../access';

/** The year the check looks at. */
export function YearSelect({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  const me = useMe();
  return <Select<number> aria-label="选择年度" value={year} onChange={onChange} options={yearOptions(me)} style={{ width: 110 }} />;
}
