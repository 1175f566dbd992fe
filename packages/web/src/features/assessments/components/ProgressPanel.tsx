import { Link } from 'react-router';
import { Alert, App, Button, Empty, List, Progress, Space, Tag } from 'antd';
import { errorMessage } from '../../../api/client';
import { openAssessment, publishAssessment, sheetPage, type Assessment } from '../api';

/**
 * 进度: each branch's self-assessment and how many of the assessor items are scored, with links to the score sheets;
 * the 机关党委 starts the assessment (draft → open) and publishes the results (open → published) from here.
 */
export function ProgressPanel({ assessment: a, onChanged, onPublished }: { assessment: Assessment; onChanged: () => void; onPublished: () => void }) {
  const { message, modal } = App.useApp();
  const manage = a.abilities.manage;
  const submitted = a.branches.filter((b) => b.submitted).length;
  const complete = a.branches.filter((b) => b.scored >= b.toScore).length;

  const open = () =>
    modal.confirm({
      title: `开始${a.year}年度考核？`,
      content: '开始后指标不能再修改；各党支部可以填写并提交自评，考核人员可以评分。',
      okText: '开始考核',
      onOk: async () => {
        try {
          await openAssessment(a.id);
          void message.success('考核已开始');
          onChanged();
        } catch (e) {
          void message.error(errorMessage(e));
          throw e;
        }
      },
    });

  const publish = () =>
    modal.confirm({
      title: `公布${a.year}年度考核结果？`,
      content: '公布时按达标检查结果计算相应指标，连同考核人员的评分算出各支部的总分、等次和名次，并按公布时的结果保存，以后不再重新计算。每个支部的考核人员评分项都须评完。',
      okText: '公布结果',
      onOk: async () => {
        try {
          await publishAssessment(a.id);
          void message.success('考核结果已公布');
          onPublished();
        } catch (e) {
          // the server lists what is missing (e.g. 尚有3个支部的评分未完成：…): keep it on screen
          modal.error({ title: '暂不能公布', content: errorMessage(e), okText: '知道了' });
        }
      },
    });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {a.status === 'draft' && (
        <Alert
          type="info"
          showIcon
          title="考核尚未开始：请在“指标”中核对本年度的指标和分值，然后开始考核。"
          action={
            manage && (
              <Button type="primary" size="small" onClick={open}>
                开始考核
              </Button>
            )
          }
        />
      )}
      {a.status === 'open' && (
        <Alert
          type="info"
          showIcon
          title={`已提交自评 ${submitted}/${a.branches.length} 个支部；考核人员评分已完成 ${complete}/${a.branches.length} 个支部。`}
          action={
            manage && (
              <Button type="primary" size="small" danger onClick={publish}>
                公布结果
              </Button>
            )
          }
        />
      )}
      {a.status === 'published' && <Alert type="success" showIcon title="考核结果已公布，见“结果”。" />}
      {a.branches.length === 0 ? (
        a.abilities.selfAssessBranches.length > 0 ? (
          <List
            bordered
            dataSource={a.abilities.selfAssessBranches}
            renderItem={(b) => (
              <List.Item actions={[<Link key="s" to={sheetPage(a.id, b.id)}>{a.status === 'open' ? '填写自评' : '查看评分表'}</Link>]}>{b.name}</List.Item>
            )}
          />
        ) : (
          <Empty description="没有可查看的党支部。" />
        )
      ) : (
        <List
          bordered
          className="as-progress"
          dataSource={a.branches}
          renderItem={(b) => {
            const pct = b.toScore === 0 ? 100 : Math.round((b.scored / b.toScore) * 100);
            return (
              <List.Item
                actions={[
                  <Link key="s" to={sheetPage(a.id, b.branch.id)} aria-label={`${b.branch.name}评分表`}>
                    {a.status === 'open' && a.abilities.score && !b.ownBranch && b.scored < b.toScore ? '去评分' : '评分表'}
                  </Link>,
                ]}
              >
                <div className="as-progress-row">
                  <span className="as-progress-name">{b.branch.name}</span>
                  <Space wrap size={4}>
                    {b.submitted ? <Tag color="green">已提交自评</Tag> : <Tag>未提交自评</Tag>}
                    {b.ownBranch && <Tag color="orange">本人所在支部，不能评分</Tag>}
                  </Space>
                  <span className="as-progress-bar">
                    <Progress percent={pct} size="small" format={() => `${b.scored}/${b.toScore}`} status={pct >= 100 ? 'success' : 'normal'} aria-label={`${b.branch.name}已评${b.scored}项，共${b.toScore}项`} />
                  </span>
                </div>
              </List.Item>
            );
          }}
        />
      )}
    </Space>
  );
}
