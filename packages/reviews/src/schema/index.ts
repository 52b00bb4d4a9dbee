export * from './enums';
export * from './relations';
export * from './review-children';
export * from './reviews';
