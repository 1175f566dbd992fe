import { useState } from 'react';
import { App, Button, Modal, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { renewCalendarFeed } from '../api';

/** A feed address the server may give as a path: made absolute, for a calendar app. */
const absolute = (url: string) => (/^(https?|webcal):\/\//.test(url) ? url : new URL(url, window.location.origin).toString());

/** 订阅日历: creates (or renews) the branch's ICS address and shows it with a copy button. */
export function CalendarFeedButton({ branchId, branchName }: { branchId: string; branchName: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState<string | null>(null);

  const open = async () => {
    setBusy(true);
    try {
      const feed = await renewCalendarFeed(branchId);
      setUrl(absolute(feed.url));
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<CalendarOutlined aria-hidden />} loading={busy} onClick={() => void open()}>
        订阅日历
      </Button>
      <Modal
        open={url !== null}
        title={`订阅${branchName}的截止日期`}
        onCancel={() => setUrl(null)}
        footer={<Button onClick={() => setUrl(null)}>关闭</Button>}
        destroyOnHidden
        centered
      >
        <Typography.Paragraph>在手机日历或 Outlook 中选择“添加订阅日历”（通过网址订阅），粘贴下面的地址，各项截止日期会自动同步。</Typography.Paragraph>
        <Typography.Paragraph copyable={{ text: url ?? '', tooltips: ['复制', '已复制'] }} className="check-feed-url" code>
          {url}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" className="check-feed-note">
          日历只含截止日期，不含个人信息。请勿外传此地址；再次点击“订阅日历”会生成新地址，旧地址随即失效。
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
