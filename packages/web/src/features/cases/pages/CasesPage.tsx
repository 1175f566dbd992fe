import { useState } from 'react';
import { Button, Select, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { casesPath, type Case, type CaseList } from '../api';
import { CaseDrawer } from '../components/CaseDrawer';
import { CaseFormModal } from '../components/CaseFormModal';
import { CaseListPanel } from '../components/CaseListPanel';

/**
 * 典型经验库 (REQ-4): everyone in the organ searches and reads the published cases; a branch's 书记 and 支委 write
 * theirs and follow them through review; the 机关党委 reviews (待审核), publishes and promotes.
 */
export default function CasesPage() {
  // abilities only (which tabs and buttons); the lists load themselves
  const head = useApi<CaseList>(casesPath({ status: 'published', pageSize: 1 }));
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [form, setForm] = useState<{ editing: Case | null } | null>(null);
  const review = !!head.data?.abilities.review;
  const writeBranches = head.data?.abilities.writeBranches ?? [];
  const [own, setOwn] = useState<string | undefined>();
  const ownBranch = own ?? writeBranches[0]?.id;
  const changed = () => setVersion((v) => v + 1);

  const tabs = [
    {
      key: 'library',
      label: '经验库',
      children: <CaseListPanel base={{ status: 'published' }} filters version={version} empty="还没有发布的经验。党支部书记、支委可点击“提交经验”分享本支部的好做法。" onOpen={setOpen} />,
    },
    ...(review
      ? [
          {
            key: 'queue',
            label: '待审核',
            children: <CaseListPanel base={{ status: 'submitted' }} version={version} empty="没有待审核的经验。" onOpen={setOpen} />,
          },
          {
            key: 'returned',
            label: '已退回',
            children: <CaseListPanel base={{ status: 'returned' }} version={version} empty="没有退回的经验。" onOpen={setOpen} />,
          },
        ]
      : []),
    ...(!review && ownBranch
      ? [
          {
            key: 'mine',
            label: '本支部经验',
            children: (
              <div>
                {writeBranches.length > 1 && (
                  <Select aria-label="选择党支部" style={{ width: 240, marginBottom: 16 }} value={ownBranch} options={writeBranches.map((b) => ({ value: b.id, label: b.name }))} onChange={setOwn} />
                )}
                <CaseListPanel key={ownBranch} base={{ branchId: ownBranch }} version={version} empty="本支部还没有经验。点击“提交经验”，写下做法和成效，提交机关党委审核。" onOpen={setOpen} />
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="cases-page">
      <PageHeader
        title="典型经验库"
        sub="党支部标准化建设的典型经验，经机关党委审核后在全机关发布、推广"
        extra={
          writeBranches.length > 0 && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setForm({ editing: null })}>
              提交经验
            </Button>
          )
        }
      />
      <PageState loading={head.loading && !head.data} error={head.error} onRetry={head.reload}>
        <Tabs items={tabs} destroyOnHidden={false} />
      </PageState>
      <CaseDrawer
        id={open}
        onClose={() => setOpen(null)}
        onChanged={changed}
        onEdit={(c) => setForm({ editing: c })}
      />
      <CaseFormModal
        open={form !== null}
        editing={form?.editing ?? null}
        branches={form?.editing ? [form.editing.branch] : writeBranches}
        onClose={() => setForm(null)}
        onSaved={(id) => {
          setForm(null);
          changed();
          setOpen(null);
          setTimeout(() => setOpen(id), 0);
        }}
      />
    </div>
  );
}
