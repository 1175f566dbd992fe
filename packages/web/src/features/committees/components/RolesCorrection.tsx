import { useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { errorMessage } from '../../../api/client';
import { correctRoles, type Election } from '../api';
import { RolesEditor, rolesProblem, type RoleMap } from './RolesEditor';
import { SubmitButton } from './ElectionButtons';

/**
 * 更正职务分工 before approval (held, or returned by the 机关党委), then 报批 / 重新报批. The votes stand; only the
 * posts the new committee gave its members change.
 */
export function RolesCorrection({ election: e, title, submitLabel, onSaved }: {
  election: Election;
  title: string;
  submitLabel: string;
  onSaved: (msg: string | null) => void;
}) {
  const elected = e.nominees.filter((n) => n.elected);
  const [roles, setRoles] = useState<RoleMap>(() => Object.fromEntries(elected.flatMap((n) => (n.role ? [[n.personId, n.role]] : []))));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = rolesProblem(elected.map((n) => n.personId), roles, e.kind);
  const changed = elected.some((n) => roles[n.personId] !== n.role);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await correctRoles(e.id, elected.map((n) => ({ personId: n.personId, role: roles[n.personId] ?? 'committeeMember' })));
      onSaved('职务分工已更正');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="el-section">
      <Typography.Title level={5}>{title}</Typography.Title>
      <RolesEditor
        people={elected.map((n) => ({ personId: n.personId, name: n.name, votes: n.votes }))}
        roles={roles}
        committeeKind={e.committeeKind}
        disabled={!e.abilities.submit}
        onChange={setRoles}
      />
      {error && <Alert type="error" showIcon title={error} className="cm-form-alert" role="alert" />}
      {problem && <Alert type="warning" showIcon title={problem} className="cm-form-alert" />}
      {changed && !problem && <Alert type="info" showIcon title="职务分工有改动，请先保存再报批" className="cm-form-alert" />}
      {e.abilities.submit && (
        <Space wrap>
          <Button disabled={!changed || !!problem} loading={busy} onClick={() => void save()}>
            保存职务分工
          </Button>
          <SubmitButton election={e} label={submitLabel} disabled={changed || !!problem} onSaved={() => onSaved(null)} />
        </Space>
      )}
    </section>
  );
}
