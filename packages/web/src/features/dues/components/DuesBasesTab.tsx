import { App, Button, Popconfirm, Space, Table, Tag, Upload } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { duesCategoryLabel } from '@zhibu/domain';
import { errorMessage } from '../../../api/client';
import { deleteBase, importBases, monthCn, templatePath, yuan, type DuesGrid, type DuesMemberYear } from '../api';

interface Props {
  branchId: string;
  year: number;
  g: DuesGrid;
  write: boolean;
  /** Opens the base form, for one member or (none) for a choice. */
  onEdit: (member?: DuesMemberYear) => void;
  onChanged: () => void;
  download: (path: string, name: string) => void;
}

/** 基数: each member's category and base records, the year's template and Excel import. */
export function DuesBasesTab({ branchId: id, year, g, write, onEdit, onChanged: reload, download }: Props) {
  const { message, modal } = App.useApp();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {write && (
        <Space wrap>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => onEdit()}>
            登记基数
          </Button>
          <Button icon={<DownloadOutlined aria-hidden />} onClick={() => download(templatePath(id, year), `${year}年党费交纳基数.xlsx`)}>
            下载{year}年基数模板
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              importBases(id, year, file)
                .then((r) => {
                  message.success(`已导入 ${r.imported} 名党员${r.year}年的交纳基数`);
                  reload();
                })
                .catch((e: unknown) => {
                  const details = (e as { details?: { problems?: { row: number; column: string; message: string }[] } }).details;
                  modal.error({
                    title: errorMessage(e),
                    content: details?.problems?.length ? (
                      <ul style={{ maxHeight: 300, overflow: 'auto', paddingLeft: 18 }}>
                        {details.problems.map((p, i) => (
                          <li key={i}>
                            第{p.row}行 {p.column}：{p.message}
                          </li>
                        ))}
                      </ul>
                    ) : undefined,
                  });
                });
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />}>从 Excel 导入{year}年基数</Button>
          </Upload>
        </Space>
      )}
      <Table<DuesMemberYear>
        size="small"
        rowKey={(r) => r.person.id}
        dataSource={g.members ?? []}
        pagination={false}
        scroll={{ x: 600 }}
        columns={[
          { title: '姓名', key: 'n', width: 90, render: (_, r) => r.person.name },
          {
            title: '基数记录（自某月起）',
            key: 'b',
            render: (_, r) =>
              r.bases.length === 0 ? (
                <Tag color="orange">未登记</Tag>
              ) : (
                <Space orientation="vertical" size={2}>
                  {r.bases.map((b) => (
                    <span key={b.id}>
                      {monthCn(b.fromMonth)}起：{duesCategoryLabel(b.category)}
                      {b.baseFen !== null ? ` 基数 ${yuan(b.baseFen)} 元` : b.fixedFen !== null ? ` 每月 ${yuan(b.fixedFen)} 元` : ''}
                      {write && (
                        <Popconfirm
                          title="删除这条基数记录？"
                          okText="删除"
                          cancelText="取消"
                          onConfirm={() =>
                            deleteBase(id, b.id)
                              .then(reload)
                              .catch((e: unknown) => message.error(errorMessage(e)))
                          }
                        >
                          <Button size="small" type="link" danger>
                            删除
                          </Button>
                        </Popconfirm>
                      )}
                    </span>
                  ))}
                </Space>
              ),
          },
          { title: '现月应交', key: 'd', width: 90, align: 'right', render: (_, r) => yuan(r.monthlyDueFen) },
          {
            title: '',
            key: 'op',
            width: 80,
            render: (_, r) =>
              write ? (
                <Button size="small" type="link" onClick={() => onEdit(r)}>
                  调整
                </Button>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}
