export * from './access/roles.js';
export * from './access/visibility.js';
export * from './auth/password.js';
export * from './person/idNumber.js';
export * from './person/person.js';
export * from './person/pinyin.js';
export * from './time/calendarDate.js';
export * from './time/periods.js';
