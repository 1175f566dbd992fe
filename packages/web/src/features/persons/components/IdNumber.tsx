import { Tag, Tooltip } from 'antd';

/** An ID number as the server gave it; a small 已隐藏 tag when it is masked for this viewer. */
export function IdNumber({ value, masked }: { value: string; masked: boolean }) {
  return (
    <span className="id-number">
      {value}
      {masked && (
        <Tooltip title="按权限隐藏了部分号码">
          <Tag style={{ marginInlineStart: 6 }}>已隐藏</Tag>
        </Tooltip>
      )}
    </span>
  );
}
