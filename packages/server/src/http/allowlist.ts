/**
 * The routes open to anyone or to oneself, each with the reason (contracts §4). Every other route requires a
 * session and checks the viewer's scope; the route-walk test fails on a route that is in neither list.
 */
export type OpenAccess = 'public' | 'self';

export const ROUTE_ALLOWLIST: Record<string, { access: OpenAccess; reason: string }> = {
  'GET /api/health': { access: 'public', reason: '运行监测：只答服务与数据库是否可用，不含任何数据' },
  'GET /api/openapi.json': { access: 'public', reason: '接口文档：只含接口形状，不含数据' },
  'GET /api/docs': { access: 'public', reason: '接口文档页面' },
  'GET /api/docs/': { access: 'public', reason: '接口文档页面' },
  'GET /api/docs/static/index.html': { access: 'public', reason: '接口文档页面的静态资源' },
  'GET /api/docs/static/swagger-initializer.js': { access: 'public', reason: '接口文档页面的静态资源' },
  'GET /api/docs/static/*': { access: 'public', reason: '接口文档页面的静态资源' },
  'GET /api/docs/json': { access: 'public', reason: '接口文档（JSON），只含接口形状' },
  'GET /api/docs/yaml': { access: 'public', reason: '接口文档（YAML），只含接口形状' },
  'POST /api/auth/login': { access: 'public', reason: '登录本身' },
  'POST /api/auth/logout': { access: 'public', reason: '退出登录：只删除调用者自己的会话' },
  'GET /api/me': { access: 'self', reason: '本人账号与角色' },
  'POST /api/me/password': { access: 'self', reason: '本人修改密码（首次登录强制修改时也须可用）' },
  'GET /api/me/person': { access: 'self', reason: '本人的党员档案' },
  'POST /api/me/member-report': { access: 'self', reason: '党员本人提交年度党员汇报：只写本人、本人当前所在支部的记录' },
  'GET /api/me/study-records': { access: 'self', reason: '我的学习：本人参加的学习类会议和本人登记的学习记录，只含本人数据' },
  'POST /api/me/study-records': { access: 'self', reason: '党员本人登记学习记录：只写本人、本人当前所在支部的记录' },
  'GET /api/me/dues': { access: 'self', reason: '本人的党费：本人各月应交、实交与欠交，只含本人数据' },
  'GET /api/me/life': { access: 'self', reason: '本人的组织生活：本人参加的会议与出勤、本人的谈心谈话和待办，只含本人数据' },
  'GET /api/me/development': { access: 'self', reason: '本人的发展党员档案（我的入党材料），只读，只含本人的档案' },
  'GET /api/calendar/:file': { access: 'public', reason: '支部日历订阅（ICS）：链接中的随机令牌即凭据，只含期限事项，不含个人信息' },
};

export const routeKey = (method: string, url: string) => `${method} ${url}`;
