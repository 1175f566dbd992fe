import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button } from 'antd';
import { CloudUploadOutlined, FileExcelOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { downloadFile } from '../../../lib/files';
import { rosterExportPath } from '../../imports/api';

interface Props {
  branchId?: string;
  on?: string;
  today: string;
  /** how many branches the viewer's roster spans: a printed roster is one branch's */
  branchCount: number;
  canAdd: boolean;
  canImport: boolean;
  onAdd: () => void;
}

/** The roster's buttons: 新增党员, 导入 (organ admin), and export of the filtered roster to Excel or PDF. */
export function RosterActions({ branchId, on, today, branchCount, canAdd, canImport, onAdd }: Props) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);

  const download = async (kind: 'xlsx' | 'pdf') => {
    if (kind === 'pdf' && !branchId && branchCount !== 1) {
      void message.info('打印花名册按党支部进行：请先在下方“全部党支部”中选择一个党支部');
      return;
    }
    setBusy(kind);
    try {
      await downloadFile(rosterExportPath(kind, { branchId, on }), `党员花名册-${on ?? today}.${kind}`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {canAdd && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          新增党员
        </Button>
      )}
      {canImport && (
        <Button icon={<CloudUploadOutlined aria-hidden />} onClick={() => navigate('/roster/import')}>
          导入花名册
        </Button>
      )}
      <Button icon={<FileExcelOutlined aria-hidden />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
        导出 Excel
      </Button>
      <Button icon={<PrinterOutlined aria-hidden />} loading={busy === 'pdf'} onClick={() => void download('pdf')}>
        打印花名册（PDF）
      </Button>
    </>
  );
}
