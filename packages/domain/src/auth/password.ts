/**
 * Password strength (等保 2.0 level 2/3 practice): at least 8 characters and at least three of the four kinds
 * (lower case, upper case, digits, symbols); not the username.
 */
export const PASSWORD_MIN_LENGTH = 8;

export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码至少 ${PASSWORD_MIN_LENGTH} 位`);
  if (password.length > 128) problems.push('密码不能超过 128 位');
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不能包含用户名');
  return problems;
}
