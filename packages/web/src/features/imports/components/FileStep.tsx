import { useState } from 'react';
import { App, Button, DatePicker, Typography, Upload } from 'antd';
import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { downloadFile } from '../../../lib/files';
import { rosterTemplatePath } from '../api';

interface Props {
  fileName: string | null;
  effectiveOn: string;
  busy: boolean;
  onEffectiveOn: (d: string) => void;
  onFile: (name: string, bytes: ArrayBuffer) => void;
}

/** Step 1: the template, the 生效日期, and the file (read in the browser, never sent until previewed). */
export function FileStep({ fileName, effectiveOn, busy, onEffectiveOn, onFile }: Props) {
  const { message } = App.useApp();
  const [loadingTemplate, setLoadingTemplate] = useState(false);

  const template = async () => {
    setLoadingTemplate(true);
    try {
      await downloadFile(rosterTemplatePath, '党员花名册导入模板.xlsx');
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setLoadingTemplate(false);
    }
  };

  return (
    <div className="import-file-step">
      <div className="import-options">
        <Button icon={<DownloadOutlined aria-hidden />} loading={loadingTemplate} onClick={() => void template()}>
          下载导入模板
        </Button>
        <span className="import-date">
          <label htmlFor="import-effective-on">生效日期</label>
          <DatePicker
            id="import-effective-on"
            value={toDayjs(effectiveOn)}
            allowClear={false}
            disabled={busy}
            onChange={(d) => {
              const s = fromDayjs(d);
              if (s) onEffectiveOn(s);
            }}
          />
        </span>
      </div>
      <Typography.Paragraph type="secondary" className="import-hint">
        必填列：姓名、公民身份号码、人员类别、所在党支部。按公民身份号码识别人员：已在册的人员按文件更新，所在党支部有变化的，自生效日期起转入新支部。
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,.xls,.csv"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          file
            .arrayBuffer()
            .then((bytes) => onFile(file.name, bytes))
            .catch(() => void message.error('无法读取该文件，请重新选择'));
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          {fileName ? <FileExcelOutlined aria-hidden /> : <InboxOutlined aria-hidden />}
        </p>
        <p className="ant-upload-text">{fileName ? `已选择：${fileName}` : '点击选择或将 Excel 文件（.xlsx）拖到此处'}</p>
        <p className="ant-upload-hint">{fileName ? '修改文件后，可再次点击选择，重新检查' : '选择文件后先检查预览，确认无误再导入'}</p>
      </Upload.Dragger>
    </div>
  );
}
