/**
 * A small curated dataset of real cities and landmarks (WGS 84 coordinates, rounded to ~10 m), shipped in
 * the repository so seeding needs no network. Local names give the translations something real to hold.
 */
export interface Landmark {
  name: string;
  localName: string;
  category: 'monument' | 'museum' | 'religious' | 'park' | 'market' | 'viewpoint';
  lat: number;
  lon: number;
}

export interface City {
  slug: string;
  name: string;
  localName: string;
  countryCode: string;
  region: string;
  currency: string;
  locale: string;
  timezone: string;
  lat: number;
  lon: number;
  landmarks: Landmark[];
}

export const cities: City[] = [
  {
    slug: 'marrakech',
    name: 'Marrakech',
    localName: 'مراكش',
    countryCode: 'MA',
    region: 'Marrakech-Safi',
    currency: 'MAD',
    locale: 'fr',
    timezone: 'Africa/Casablanca',
    lat: 31.6295,
    lon: -7.9811,
    landmarks: [
      { name: 'Jemaa el-Fnaa', localName: 'ساحة جامع الفنا', category: 'market', lat: 31.6258, lon: -7.9891 },
      {
        name: 'Koutoubia Mosque',
        localName: 'جامع الكتبية',
        category: 'religious',
        lat: 31.6237,
        lon: -7.9936,
      },
      { name: 'Bahia Palace', localName: 'قصر الباهية', category: 'monument', lat: 31.6216, lon: -7.9833 },
      {
        name: 'Jardin Majorelle',
        localName: 'Jardin Majorelle',
        category: 'park',
        lat: 31.6417,
        lon: -8.0033,
      },
      { name: 'Saadian Tombs', localName: 'قبور السعديين', category: 'monument', lat: 31.6173, lon: -7.9887 },
    ],
  },
  {
    slug: 'fes',
    name: 'Fes',
    localName: 'فاس',
    countryCode: 'MA',
    region: 'Fès-Meknès',
    currency: 'MAD',
    locale: 'fr',
    timezone: 'Africa/Casablanca',
    lat: 34.0331,
    lon: -5.0003,
    landmarks: [
      { name: 'Bab Bou Jeloud', localName: 'باب بوجلود', category: 'monument', lat: 34.0617, lon: -4.9839 },
      {
        name: 'Al Quaraouiyine',
        localName: 'جامع القرويين',
        category: 'religious',
        lat: 34.0646,
        lon: -4.9733,
      },
      {
        name: 'Chouara Tannery',
        localName: 'دار الدباغ شوارة',
        category: 'market',
        lat: 34.0662,
        lon: -4.9707,
      },
      {
        name: 'Bou Inania Madrasa',
        localName: 'المدرسة البوعنانية',
        category: 'religious',
        lat: 34.0623,
        lon: -4.9833,
      },
    ],
  },
  {
    slug: 'paris',
    name: 'Paris',
    localName: 'Paris',
    countryCode: 'FR',
    region: 'Île-de-France',
    currency: 'EUR',
    locale: 'fr',
    timezone: 'Europe/Paris',
    lat: 48.8566,
    lon: 2.3522,
    landmarks: [
      { name: 'Eiffel Tower', localName: 'Tour Eiffel', category: 'monument', lat: 48.8584, lon: 2.2945 },
      { name: 'Louvre Museum', localName: 'Musée du Louvre', category: 'museum', lat: 48.8606, lon: 2.3376 },
      {
        name: 'Notre-Dame de Paris',
        localName: 'Cathédrale Notre-Dame de Paris',
        category: 'religious',
        lat: 48.853,
        lon: 2.3499,
      },
      {
        name: 'Sacré-Cœur',
        localName: 'Basilique du Sacré-Cœur',
        category: 'religious',
        lat: 48.8867,
        lon: 2.3431,
      },
      { name: 'Musée d’Orsay', localName: 'Musée d’Orsay', category: 'museum', lat: 48.86, lon: 2.3266 },
    ],
  },
  {
    slug: 'lisbon',
    name: 'Lisbon',
    localName: 'Lisboa',
    countryCode: 'PT',
    region: 'Lisboa',
    currency: 'EUR',
    locale: 'pt',
    timezone: 'Europe/Lisbon',
    lat: 38.7223,
    lon: -9.1393,
    landmarks: [
      { name: 'Belém Tower', localName: 'Torre de Belém', category: 'monument', lat: 38.6916, lon: -9.216 },
      {
        name: 'Jerónimos Monastery',
        localName: 'Mosteiro dos Jerónimos',
        category: 'religious',
        lat: 38.6979,
        lon: -9.2068,
      },
      {
        name: 'São Jorge Castle',
        localName: 'Castelo de São Jorge',
        category: 'monument',
        lat: 38.7139,
        lon: -9.1335,
      },
      {
        name: 'Miradouro da Senhora do Monte',
        localName: 'Miradouro da Senhora do Monte',
        category: 'viewpoint',
        lat: 38.7191,
        lon: -9.1327,
      },
    ],
  },
  {
    slug: 'barcelona',
    name: 'Barcelona',
    localName: 'Barcelona',
    countryCode: 'ES',
    region: 'Catalunya',
    currency: 'EUR',
    locale: 'es',
    timezone: 'Europe/Madrid',
    lat: 41.3874,
    lon: 2.1686,
    landmarks: [
      {
        name: 'Sagrada Família',
        localName: 'Basílica de la Sagrada Família',
        category: 'religious',
        lat: 41.4036,
        lon: 2.1744,
      },
      { name: 'Park Güell', localName: 'Parc Güell', category: 'park', lat: 41.4145, lon: 2.1527 },
      { name: 'Casa Batlló', localName: 'Casa Batlló', category: 'monument', lat: 41.3916, lon: 2.1649 },
      {
        name: 'La Boqueria',
        localName: 'Mercat de la Boqueria',
        category: 'market',
        lat: 41.3817,
        lon: 2.1716,
      },
    ],
  },
  {
    slug: 'rome',
    name: 'Rome',
    localName: 'Roma',
    countryCode: 'IT',
    region: 'Lazio',
    currency: 'EUR',
    locale: 'it',
    timezone: 'Europe/Rome',
    lat: 41.9028,
    lon: 12.4964,
    landmarks: [
      { name: 'Colosseum', localName: 'Colosseo', category: 'monument', lat: 41.8902, lon: 12.4922 },
      { name: 'Pantheon', localName: 'Pantheon', category: 'monument', lat: 41.8986, lon: 12.4769 },
      {
        name: 'Trevi Fountain',
        localName: 'Fontana di Trevi',
        category: 'monument',
        lat: 41.9009,
        lon: 12.4833,
      },
      {
        name: 'St. Peter’s Basilica',
        localName: 'Basilica di San Pietro',
        category: 'religious',
        lat: 41.9022,
        lon: 12.4539,
      },
      { name: 'Roman Forum', localName: 'Foro Romano', category: 'monument', lat: 41.8925, lon: 12.4853 },
    ],
  },
  {
    slug: 'kyoto',
    name: 'Kyoto',
    localName: '京都',
    countryCode: 'JP',
    region: 'Kyoto',
    currency: 'JPY',
    locale: 'ja',
    timezone: 'Asia/Tokyo',
    lat: 35.0116,
    lon: 135.7681,
    landmarks: [
      {
        name: 'Fushimi Inari Taisha',
        localName: '伏見稲荷大社',
        category: 'religious',
        lat: 34.9671,
        lon: 135.7727,
      },
      { name: 'Kinkaku-ji', localName: '金閣寺', category: 'religious', lat: 35.0394, lon: 135.7292 },
      { name: 'Kiyomizu-dera', localName: '清水寺', category: 'religious', lat: 34.9949, lon: 135.785 },
      {
        name: 'Arashiyama Bamboo Grove',
        localName: '嵐山竹林',
        category: 'park',
        lat: 35.017,
        lon: 135.6713,
      },
      { name: 'Nishiki Market', localName: '錦市場', category: 'market', lat: 35.005, lon: 135.7649 },
    ],
  },
  {
    slug: 'istanbul',
    name: 'Istanbul',
    localName: 'İstanbul',
    countryCode: 'TR',
    region: 'İstanbul',
    currency: 'TRY',
    locale: 'tr',
    timezone: 'Europe/Istanbul',
    lat: 41.0082,
    lon: 28.9784,
    landmarks: [
      { name: 'Hagia Sophia', localName: 'Ayasofya', category: 'religious', lat: 41.0086, lon: 28.9802 },
      {
        name: 'Blue Mosque',
        localName: 'Sultanahmet Camii',
        category: 'religious',
        lat: 41.0054,
        lon: 28.9768,
      },
      { name: 'Topkapı Palace', localName: 'Topkapı Sarayı', category: 'museum', lat: 41.0115, lon: 28.9834 },
      { name: 'Grand Bazaar', localName: 'Kapalıçarşı', category: 'market', lat: 41.0107, lon: 28.968 },
      { name: 'Galata Tower', localName: 'Galata Kulesi', category: 'viewpoint', lat: 41.0256, lon: 28.9742 },
    ],
  },
  {
    slug: 'cape-town',
    name: 'Cape Town',
    localName: 'Kaapstad',
    countryCode: 'ZA',
    region: 'Western Cape',
    currency: 'ZAR',
    locale: 'en',
    timezone: 'Africa/Johannesburg',
    lat: -33.9249,
    lon: 18.4241,
    landmarks: [
      { name: 'Table Mountain', localName: 'Tafelberg', category: 'viewpoint', lat: -33.9628, lon: 18.4098 },
      {
        name: 'V&A Waterfront',
        localName: 'V&A Waterfront',
        category: 'market',
        lat: -33.9036,
        lon: 18.4208,
      },
      {
        name: 'Kirstenbosch Garden',
        localName: 'Kirstenbosch',
        category: 'park',
        lat: -33.9875,
        lon: 18.4327,
      },
      { name: 'Bo-Kaap', localName: 'Bo-Kaap', category: 'monument', lat: -33.9205, lon: 18.4148 },
    ],
  },
  {
    slug: 'new-york',
    name: 'New York',
    localName: 'New York',
    countryCode: 'US',
    region: 'New York',
    currency: 'USD',
    locale: 'en',
    timezone: 'America/New_York',
    lat: 40.7128,
    lon: -74.006,
    landmarks: [
      {
        name: 'Statue of Liberty',
        localName: 'Statue of Liberty',
        category: 'monument',
        lat: 40.6892,
        lon: -74.0445,
      },
      { name: 'Central Park', localName: 'Central Park', category: 'park', lat: 40.7829, lon: -73.9654 },
      {
        name: 'Metropolitan Museum of Art',
        localName: 'The Met',
        category: 'museum',
        lat: 40.7794,
        lon: -73.9632,
      },
      {
        name: 'Brooklyn Bridge',
        localName: 'Brooklyn Bridge',
        category: 'monument',
        lat: 40.7061,
        lon: -73.9969,
      },
      {
        name: 'Empire State Building',
        localName: 'Empire State Building',
        category: 'viewpoint',
        lat: 40.7484,
        lon: -73.9857,
      },
    ],
  },
];

/** Approximate mid-2025 rates against EUR, for a realistic `exchange_rates` table (not financial data). */
export const eurRates: Record<string, number> = {
  USD: 1.1392,
  GBP: 0.8452,
  MAD: 10.5316,
  JPY: 163.41,
  TRY: 44.8712,
  ZAR: 20.7233,
  CHF: 0.9376,
};
