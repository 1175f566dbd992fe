import { useState } from 'react';
import { App, Button, Divider, Input, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Unit } from '@zhibu/schemas';
import { useApi } from '../../../lib/useApi';
import { errorMessage } from '../../../api/client';
import { createUnit, unitsPath } from '../api';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
}

/** Multi-select of the organ's 委室/科室, with an inline "新增委室" (organ admin only reaches this form). */
export function UnitSelect({ id, value, onChange }: Props) {
  const { data, loading, reload } = useApi<{ items: Unit[] }>(unitsPath);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const add = async () => {
    const n = name.trim();
    if (!n) return;
    setBusy(true);
    try {
      const u = await createUnit(n);
      setName('');
      reload();
      onChange?.([...(value ?? []), u.id]);
      void message.success(`已新增委室：${u.name}`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Select
      id={id}
      mode="multiple"
      loading={loading}
      value={value}
      onChange={onChange}
      placeholder="选择本支部覆盖的委室/科室"
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
      popupRender={(menu) => (
        <>
          {menu}
          <Divider style={{ margin: '8px 0' }} />
          <Space.Compact style={{ width: '100%', padding: '0 8px 4px' }}>
            <Input
              placeholder="新委室名称"
              aria-label="新委室名称"
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => e.stopPropagation()}
              onPressEnter={() => void add()}
            />
            <Button icon={<PlusOutlined aria-hidden />} loading={busy} onClick={() => void add()}>
              新增委室
            </Button>
          </Space.Compact>
        </>
      )}
    />
  );
}
