/**
 * The words the scale generator writes listings with: per seeded locale, the kinds of place (the common words
 * a traveller searches for), adjectives and features, and syllables that make distinct proper names (what a
 * fuzzy name search is typed against). Rendered into SQL array literals, so rows are built on the server.
 */
import { cities } from '../../src/seed/cities';

export interface LocaleWords {
  kinds: string[];
  adjectives: string[];
  features: string[];
  /** "{kind} in {city}, known for its {feature}" in the locale's word order */
  summary: (kind: string, city: string, feature: string) => string;
  stays: string[];
}

export const corpus: Record<string, LocaleWords> = {
  en: {
    kinds: ['museum', 'castle', 'beach', 'church', 'garden', 'market', 'gallery', 'tower'],
    adjectives: ['old', 'grand', 'quiet', 'royal', 'hidden', 'famous'],
    features: ['views', 'history', 'architecture', 'sunsets', 'food', 'music'],
    summary: (k, c, f) => `${k} in ${c}, known for its ${f}`,
    stays: ['apartment', 'villa', 'loft', 'cottage', 'studio'],
  },
  fr: {
    kinds: ['musée', 'château', 'plage', 'église', 'jardin', 'marché', 'galerie', 'tour'],
    adjectives: ['vieux', 'grand', 'calme', 'royal', 'caché', 'célèbre'],
    features: ['vues', 'histoire', 'architecture', 'couchers de soleil', 'cuisine', 'musique'],
    summary: (k, c, f) => `${k} à ${c}, connu pour ses ${f}`,
    stays: ['appartement', 'villa', 'loft', 'maison', 'studio'],
  },
  es: {
    kinds: ['museo', 'castillo', 'playa', 'iglesia', 'jardín', 'mercado', 'galería', 'torre'],
    adjectives: ['viejo', 'gran', 'tranquilo', 'real', 'escondido', 'famoso'],
    features: ['vistas', 'historia', 'arquitectura', 'atardeceres', 'comida', 'música'],
    summary: (k, c, f) => `${k} en ${c}, conocido por sus ${f}`,
    stays: ['apartamento', 'villa', 'ático', 'casa', 'estudio'],
  },
  it: {
    kinds: ['museo', 'castello', 'spiaggia', 'chiesa', 'giardino', 'mercato', 'galleria', 'torre'],
    adjectives: ['antico', 'grande', 'tranquillo', 'reale', 'nascosto', 'famoso'],
    features: ['panorami', 'storia', 'architettura', 'tramonti', 'cucina', 'musica'],
    summary: (k, c, f) => `${k} a ${c}, famoso per i suoi ${f}`,
    stays: ['appartamento', 'villa', 'loft', 'casa', 'monolocale'],
  },
  pt: {
    kinds: ['museu', 'castelo', 'praia', 'igreja', 'jardim', 'mercado', 'galeria', 'torre'],
    adjectives: ['velho', 'grande', 'tranquilo', 'real', 'escondido', 'famoso'],
    features: ['vistas', 'história', 'arquitetura', 'pores do sol', 'comida', 'música'],
    summary: (k, c, f) => `${k} em ${c}, conhecido pelas suas ${f}`,
    stays: ['apartamento', 'moradia', 'loft', 'casa', 'estúdio'],
  },
  tr: {
    kinds: ['müze', 'kale', 'plaj', 'kilise', 'bahçe', 'pazar', 'galeri', 'kule'],
    adjectives: ['eski', 'büyük', 'sakin', 'kraliyet', 'gizli', 'ünlü'],
    features: ['manzara', 'tarih', 'mimari', 'gün batımı', 'yemek', 'müzik'],
    summary: (k, c, f) => `${c} ${k}, ${f} ile ünlü`,
    stays: ['daire', 'villa', 'loft', 'ev', 'stüdyo'],
  },
  ja: {
    kinds: ['博物館', '城', '海岸', '寺', '庭園', '市場', '美術館', '塔'],
    adjectives: ['古い', '大きな', '静かな', '王室の', '隠れた', '有名な'],
    features: ['景色', '歴史', '建築', '夕日', '料理', '音楽'],
    summary: (k, c, f) => `${c} の ${k} ${f} で有名`,
    stays: ['アパート', 'ヴィラ', 'ロフト', '一軒家', 'スタジオ'],
  },
};

/** Syllables of the proper names: 24³ ≈ 14,000 distinct names, so a typo finds a handful, not thousands. */
export const syllables = [
  'ba',
  'lo',
  'ri',
  'ven',
  'tor',
  'mi',
  'sa',
  'del',
  'cor',
  'an',
  'fel',
  'gra',
  'nu',
  'pe',
  'qui',
  'ros',
  'ta',
  'vil',
  'zer',
  'ma',
  'ly',
  'dor',
  'ke',
  'sun',
];

/** The seed's real cities, each with the locale its listings are written in. */
export const benchCities = cities.map((c) => ({
  name: c.name,
  countryCode: c.countryCode,
  currency: c.currency,
  timezone: c.timezone,
  locale: c.locale in corpus ? c.locale : 'en',
  lat: c.lat,
  lon: c.lon,
}));

/** A SQL array literal of text, quotes doubled. */
export const sqlArray = (xs: readonly string[]) =>
  `array[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(', ')}]::text[]`;
