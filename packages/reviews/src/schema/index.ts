export * from './enums';
export * from './review-helpful-votes';
export * from './review-images';
export * from './review-translations';
export * from './reviews';
