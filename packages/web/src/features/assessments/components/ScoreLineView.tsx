import { Link } from 'react-router';
import { Button, Collapse, Input, InputNumber, Tag } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { ASSESSMENT_METHOD_LABELS } from '@zhibu/schemas';
import { actorLabel } from '../../persons/components/historyLabels';
import { attachmentContentPath } from '../../attachments/api';
import { pts, type ScoreLine } from '../api';

export interface SelfDraft {
  score: number | null;
  note: string;
}

interface Props {
  line: ScoreLine;
  branchId: string;
  /** the branch's self-assessment being written: its inputs show instead of the saved values */
  self?: { draft: SelfDraft; onChange: (d: SelfDraft) => void } | undefined;
  /** the viewer may score this branch */
  onScore?: (() => void) | undefined;
}

/**
 * One item of a branch's score sheet: what it is and how it is scored, the findings' score and why points were
 * lost, the branch's self score, the assessor's score with its note and evidence, and the score that counts. A
 * block that wraps to a card on a phone.
 */
export function ScoreLineView({ line, branchId, self, onScore }: Props) {
  const { item, fromFindings: f } = line;
  const lost = line.effective !== null && line.effective < item.points;
  // a findings score's reasons are listed under 达标检查 already
  const showReason = lost && !!line.reason && !(line.score === null && f && f.reasons.length > 0);
  return (
    <div className="as-line" aria-label={`${item.clause} ${item.title}`}>
      <div className="as-line-main">
        <div className="as-item-row">
          <Tag>{item.clause}</Tag>
          <b className="as-grow">{item.title}</b>
          <span className="as-points">{pts(item.points)} 分</span>
        </div>
        <div className="muted">
          <Tag color={item.method === 'findings' ? 'geekblue' : 'gold'}>{ASSESSMENT_METHOD_LABELS[item.method]}</Tag>
          {item.guidance}
        </div>
        {item.standard === 'VEN' && (
          <div>
            <Link to={`/branches/${branchId}/venues`}>到“活动阵地”查看清单和照片</Link>
            <span className="muted">（由机关党委、考核人员在那里确认）</span>
          </div>
        )}
        {f && (
          <div className="as-findings">
            {f.judged === 0 ? (
              <span>达标检查：本年度尚无应办期次，得满分 {pts(f.score)} 分</span>
            ) : (
              <span>
                达标检查：应办 {f.judged} 期，符合 {f.met} 期，得 <b>{pts(f.score)}</b> 分
              </span>
            )}
            {f.reasons.length > 0 && (
              <Collapse
                size="small"
                ghost
                items={[
                  {
                    key: 'r',
                    label: `失分情况（${f.reasons.length}条）`,
                    children: (
                      <ul className="as-reasons">
                        {f.reasons.map((r, i) => (
                          <li key={i}>{r}</li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            )}
          </div>
        )}
      </div>

      <div className="as-line-col">
        <div className="as-col-label">支部自评</div>
        {self ? (
          <>
            <InputNumber<number>
              aria-label={`${item.clause}自评得分`}
              value={self.draft.score}
              min={0}
              max={item.points}
              step={0.5}
              precision={1}
              suffix={`/${pts(item.points)}`}
              onChange={(score) => self.onChange({ ...self.draft, score })}
              style={{ width: '100%', maxWidth: 160 }}
            />
            <Input.TextArea
              aria-label={`${item.clause}自评说明`}
              value={self.draft.note}
              maxLength={2000}
              autoSize={{ minRows: 1, maxRows: 4 }}
              placeholder="自评说明（扣分写明原因）"
              onChange={(e) => self.onChange({ ...self.draft, note: e.target.value })}
              style={{ marginTop: 4 }}
            />
          </>
        ) : (
          <>
            <div>{line.selfScore === null ? <span className="muted">未填</span> : `${pts(line.selfScore)} 分`}</div>
            {line.selfNote && <div className="as-note">{line.selfNote}</div>}
          </>
        )}
      </div>

      <div className="as-line-col">
        <div className="as-col-label">考核评分</div>
        {line.score === null ? (
          <div className="muted">{item.method === 'findings' ? '按达标检查结果' : '待评分'}</div>
        ) : (
          <>
            <div>{pts(line.score)} 分</div>
            {line.note && <div className="as-note">{line.note}</div>}
            {line.scoredBy && <div className="muted">{actorLabel(line.scoredBy)}</div>}
          </>
        )}
        {line.evidence.length > 0 && (
          <ul className="as-evidence" aria-label="佐证材料">
            {line.evidence.map((a) => (
              <li key={a.id}>
                <PaperClipOutlined aria-hidden />{' '}
                <a href={attachmentContentPath(a.id)} download={a.fileName}>
                  {a.fileName}
                </a>
              </li>
            ))}
          </ul>
        )}
        {onScore && (
          <Button size="small" onClick={onScore} aria-label={`为${item.clause}${item.title}评分`} style={{ marginTop: 4 }}>
            {line.score === null ? (item.method === 'findings' ? '调整' : '评分') : '修改评分'}
          </Button>
        )}
      </div>

      <div className="as-line-col as-line-score">
        <div className="as-col-label">得分</div>
        <div className={lost ? 'as-effective as-lost' : 'as-effective'} aria-label={`${item.clause}得分`}>
          {line.effective === null ? <span className="muted">待评</span> : pts(line.effective)}
        </div>
        {showReason && <div className="as-note as-lost-reason">失分原因：{line.reason}</div>}
      </div>
    </div>
  );
}
