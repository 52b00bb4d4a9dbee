export * from './enums';
export * from './media-files';
export * from './search-index';
export * from './types';
