import { createPortal } from 'react-dom';
import type { IssuedPassword } from '@zhibu/schemas';

/**
 * Printable account slips, one per person, cut along the dashed lines. Hidden on screen; the print
 * stylesheet shows only this area (styles.css, `.print-area`).
 */
export function PrintSlips({ organName, items }: { organName: string; items: IssuedPassword[] }) {
  return createPortal(
    <div className="print-area" aria-hidden>
      {items.map((it) => (
        <div key={it.username} className="slip">
          <div className="slip-title">{organName} · 支部标准化平台账号</div>
          <table>
            <tbody>
              <tr>
                <th>姓名</th>
                <td>{it.name ?? '—'}</td>
              </tr>
              <tr>
                <th>用户名</th>
                <td className="slip-mono">{it.username}</td>
              </tr>
              <tr>
                <th>初始密码</th>
                <td className="slip-mono">{it.password}</td>
              </tr>
            </tbody>
          </table>
          <div className="slip-note">首次登录须修改密码。请妥善保管，勿转交他人。</div>
        </div>
      ))}
    </div>,
    document.body,
  );
}
