import { useState } from 'react';
import { App, Button, Card, Result, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMe } from '../../auth/MeContext';
import { isOrganAdmin } from '../../../lib/access';
import { useApi } from '../../../lib/useApi';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { ruleSettingsPath, type ParamInfo, type RuleSettings } from '../api';
import { ExemptionList } from '../components/ExemptionList';
import { ExemptionModal } from '../components/ExemptionModal';
import { ParamChangeModal } from '../components/ParamChangeModal';
import { ParamTable } from '../components/ParamTable';
import { RuleTable } from '../components/RuleTable';
import '../check.css';

/** 规则参数与豁免 (organ admin): the rules, their parameters with changes from a date on, and exemptions. */
export default function RuleSettingsPage() {
  const me = useMe();
  if (!isOrganAdmin(me)) return <Result status="403" title="无权修改规则参数" subTitle="规则参数与豁免由机关党委管理员维护。" />;
  return <RuleSettingsView />;
}

function RuleSettingsView() {
  const me = useMe();
  const { message } = App.useApp();
  const settings = useApi<RuleSettings>(ruleSettingsPath);
  const [editing, setEditing] = useState<ParamInfo | null>(null);
  const [adding, setAdding] = useState(false);
  const s = settings.data;

  return (
    <div className="check-page">
      <PageHeader title="规则参数与豁免" sub="标准化体检按这些规则和参数判断各支部；调整留痕，已结束的期间不受影响。" />
      <PageState loading={settings.loading && !s} error={settings.error} onRetry={settings.reload}>
        {s && (
          <Tabs
            items={[
              {
                key: 'params',
                label: `参数（${s.params.length}）`,
                children: (
                  <Card size="small">
                    <ParamTable params={s.params} today={me.today} onEdit={setEditing} />
                  </Card>
                ),
              },
              {
                key: 'exemptions',
                label: `豁免（${s.exemptions.length}）`,
                children: (
                  <Card
                    size="small"
                    title="豁免的支部与规则"
                    extra={
                      <Button type="primary" size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                        新增豁免
                      </Button>
                    }
                  >
                    <ExemptionList items={s.exemptions} onChanged={settings.reload} />
                  </Card>
                ),
              },
              {
                key: 'rules',
                label: `规则（${s.rules.length}）`,
                children: (
                  <Card size="small">
                    <RuleTable rules={s.rules} />
                  </Card>
                ),
              },
            ]}
          />
        )}
      </PageState>
      {editing && (
        <ParamChangeModal
          param={editing}
          today={me.today}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success('参数已调整');
            settings.reload();
          }}
        />
      )}
      {adding && s && (
        <ExemptionModal
          rules={s.rules}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void message.success('已新增豁免');
            settings.reload();
          }}
        />
      )}
    </div>
  );
}
