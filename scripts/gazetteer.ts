// Place names for the ILLUSTRATIVE sample data of generate-sample-data.ts: about thirty countries across every
// region of data/reference/regions.json, 1–4 cities each, with names in Arabic, English and French, the first-level
// administrative division (in English or the local romanised form) and approximate WGS84 coordinates of the city
// centre. The Arabic and French names are the forms the press uses (كولونيا, ميونخ as in مؤتمر ميونخ للأمن; La Haye,
// Anvers), not transliterations: they fill location_ar and location_fr, which the annexes print. Weights say how
// often a country appears, roughly in the proportions of the Observatory's monitoring (Europe, North America and
// India heavy); they are invented for the sample and measure nothing.

export interface City {
  en: string;
  fr: string;
  ar: string;
  admin1: string;
  lat: number;
  lon: number;
  /** Relative weight of the city within its country. */
  weight: number;
}

export interface Country {
  alpha2: string;
  alpha3: string;
  /** Relative weight among manifestations (negative rows). */
  negative: number;
  /** Relative weight among positive developments. */
  positive: number;
  cities: readonly City[];
}

const city = (
  en: string,
  fr: string,
  ar: string,
  admin1: string,
  lat: number,
  lon: number,
  weight = 1,
): City => ({ en, fr, ar, admin1, lat, lon, weight });

export const GAZETTEER: readonly Country[] = [
  // Europe
  {
    alpha2: 'FR',
    alpha3: 'FRA',
    negative: 10,
    positive: 9,
    cities: [
      city('Paris', 'Paris', 'باريس', 'Île-de-France', 48.8566, 2.3522, 4),
      city('Lyon', 'Lyon', 'ليون', 'Auvergne-Rhône-Alpes', 45.764, 4.8357, 2),
      city('Marseille', 'Marseille', 'مرسيليا', "Provence-Alpes-Côte d'Azur", 43.2965, 5.3698, 2),
      city('Strasbourg', 'Strasbourg', 'ستراسبورغ', 'Grand Est', 48.5734, 7.7521, 1),
    ],
  },
  {
    alpha2: 'DE',
    alpha3: 'DEU',
    negative: 10,
    positive: 9,
    cities: [
      city('Berlin', 'Berlin', 'برلين', 'Berlin', 52.52, 13.405, 4),
      city('Hamburg', 'Hambourg', 'هامبورغ', 'Hamburg', 53.5511, 9.9937, 2),
      city('Cologne', 'Cologne', 'كولونيا', 'North Rhine-Westphalia', 50.9375, 6.9603, 2),
      city('Munich', 'Munich', 'ميونخ', 'Bavaria', 48.1351, 11.582, 1),
    ],
  },
  {
    alpha2: 'GB',
    alpha3: 'GBR',
    negative: 11,
    positive: 11,
    cities: [
      city('London', 'Londres', 'لندن', 'England', 51.5074, -0.1278, 4),
      city('Birmingham', 'Birmingham', 'برمنغهام', 'England', 52.4862, -1.8904, 2),
      city('Manchester', 'Manchester', 'مانشستر', 'England', 53.4808, -2.2426, 2),
      city('Glasgow', 'Glasgow', 'غلاسكو', 'Scotland', 55.8642, -4.2518, 1),
    ],
  },
  {
    alpha2: 'NL',
    alpha3: 'NLD',
    negative: 3.5,
    positive: 3,
    cities: [
      city('Amsterdam', 'Amsterdam', 'أمستردام', 'North Holland', 52.3676, 4.9041, 2),
      city('Rotterdam', 'Rotterdam', 'روتردام', 'South Holland', 51.9244, 4.4777, 2),
      city('The Hague', 'La Haye', 'لاهاي', 'South Holland', 52.0705, 4.3007, 1),
    ],
  },
  {
    alpha2: 'SE',
    alpha3: 'SWE',
    negative: 3.5,
    positive: 2.5,
    cities: [
      city('Stockholm', 'Stockholm', 'ستوكهولم', 'Stockholm County', 59.3293, 18.0686, 3),
      city('Malmö', 'Malmö', 'مالمو', 'Skåne', 55.605, 13.0038, 2),
      city('Gothenburg', 'Göteborg', 'غوتنبرغ', 'Västra Götaland', 57.7089, 11.9746, 1),
    ],
  },
  {
    alpha2: 'DK',
    alpha3: 'DNK',
    negative: 2.5,
    positive: 2,
    cities: [
      city('Copenhagen', 'Copenhague', 'كوبنهاغن', 'Capital Region', 55.6761, 12.5683, 3),
      city('Aarhus', 'Aarhus', 'آرهوس', 'Central Denmark', 56.1629, 10.2039, 1),
      city('Odense', 'Odense', 'أودنسه', 'Southern Denmark', 55.4038, 10.4024, 1),
    ],
  },
  {
    alpha2: 'BE',
    alpha3: 'BEL',
    negative: 2.5,
    positive: 2.5,
    cities: [
      city('Brussels', 'Bruxelles', 'بروكسل', 'Brussels-Capital', 50.8503, 4.3517, 3),
      city('Antwerp', 'Anvers', 'أنتويرب', 'Flanders', 51.2194, 4.4025, 2),
      city('Liège', 'Liège', 'لييج', 'Wallonia', 50.6326, 5.5797, 1),
    ],
  },
  {
    alpha2: 'AT',
    alpha3: 'AUT',
    negative: 2.5,
    positive: 1.5,
    cities: [
      city('Vienna', 'Vienne', 'فيينا', 'Vienna', 48.2082, 16.3738, 3),
      city('Graz', 'Graz', 'غراتس', 'Styria', 47.0707, 15.4395, 1),
      city('Linz', 'Linz', 'لينتس', 'Upper Austria', 48.3069, 14.2858, 1),
    ],
  },
  {
    alpha2: 'ES',
    alpha3: 'ESP',
    negative: 2,
    positive: 2,
    cities: [
      city('Madrid', 'Madrid', 'مدريد', 'Community of Madrid', 40.4168, -3.7038, 2),
      city('Barcelona', 'Barcelone', 'برشلونة', 'Catalonia', 41.3874, 2.1686, 2),
      city('Seville', 'Séville', 'إشبيلية', 'Andalusia', 37.3891, -5.9845, 1),
    ],
  },
  {
    alpha2: 'IT',
    alpha3: 'ITA',
    negative: 2,
    positive: 1.5,
    cities: [
      city('Rome', 'Rome', 'روما', 'Lazio', 41.9028, 12.4964, 2),
      city('Milan', 'Milan', 'ميلانو', 'Lombardy', 45.4642, 9.19, 2),
      city('Turin', 'Turin', 'تورينو', 'Piedmont', 45.0703, 7.6869, 1),
    ],
  },
  {
    alpha2: 'NO',
    alpha3: 'NOR',
    negative: 1.2,
    positive: 1.2,
    cities: [
      city('Oslo', 'Oslo', 'أوسلو', 'Oslo', 59.9139, 10.7522, 3),
      city('Bergen', 'Bergen', 'بيرغن', 'Vestland', 60.3913, 5.3221, 1),
    ],
  },
  {
    alpha2: 'CH',
    alpha3: 'CHE',
    negative: 1.2,
    positive: 1,
    cities: [
      city('Zurich', 'Zurich', 'زيورخ', 'Zurich', 47.3769, 8.5417, 2),
      city('Geneva', 'Genève', 'جنيف', 'Geneva', 46.2044, 6.1432, 2),
      city('Basel', 'Bâle', 'بازل', 'Basel-Stadt', 47.5596, 7.5886, 1),
    ],
  },
  {
    alpha2: 'GR',
    alpha3: 'GRC',
    negative: 1,
    positive: 0.6,
    cities: [
      city('Athens', 'Athènes', 'أثينا', 'Attica', 37.9838, 23.7275, 3),
      city('Thessaloniki', 'Thessalonique', 'سالونيك', 'Central Macedonia', 40.6401, 22.9444, 1),
    ],
  },
  {
    alpha2: 'IE',
    alpha3: 'IRL',
    negative: 1,
    positive: 1,
    cities: [
      city('Dublin', 'Dublin', 'دبلن', 'Leinster', 53.3498, -6.2603, 3),
      city('Cork', 'Cork', 'كورك', 'Munster', 51.8985, -8.4756, 1),
    ],
  },
  {
    alpha2: 'PL',
    alpha3: 'POL',
    negative: 1,
    positive: 0.4,
    cities: [
      city('Warsaw', 'Varsovie', 'وارسو', 'Masovia', 52.2297, 21.0122, 2),
      city('Gdańsk', 'Gdańsk', 'غدانسك', 'Pomerania', 54.352, 18.6466, 1),
    ],
  },
  // USA and Canada
  {
    alpha2: 'US',
    alpha3: 'USA',
    negative: 14,
    positive: 14,
    cities: [
      city('New York', 'New York', 'نيويورك', 'New York', 40.7128, -74.006, 3),
      city('Chicago', 'Chicago', 'شيكاغو', 'Illinois', 41.8781, -87.6298, 2),
      city('Houston', 'Houston', 'هيوستن', 'Texas', 29.7604, -95.3698, 2),
      city('Dearborn', 'Dearborn', 'ديربورن', 'Michigan', 42.3223, -83.1763, 1),
    ],
  },
  {
    alpha2: 'CA',
    alpha3: 'CAN',
    negative: 5,
    positive: 5,
    cities: [
      city('Toronto', 'Toronto', 'تورنتو', 'Ontario', 43.6532, -79.3832, 3),
      city('Montreal', 'Montréal', 'مونتريال', 'Quebec', 45.5019, -73.5674, 2),
      city('Quebec City', 'Québec', 'مدينة كيبك', 'Quebec', 46.8139, -71.208, 1),
      city('London, Ontario', 'London (Ontario)', 'لندن (أونتاريو)', 'Ontario', 42.9849, -81.2453, 1),
    ],
  },
  // Asia
  {
    alpha2: 'IN',
    alpha3: 'IND',
    negative: 12,
    positive: 4,
    cities: [
      city('New Delhi', 'New Delhi', 'نيودلهي', 'Delhi', 28.6139, 77.209, 3),
      city('Mumbai', 'Bombay', 'مومباي', 'Maharashtra', 19.076, 72.8777, 2),
      city('Lucknow', 'Lucknow', 'لكناو', 'Uttar Pradesh', 26.8467, 80.9462, 2),
      city('Ahmedabad', 'Ahmedabad', 'أحمد آباد', 'Gujarat', 23.0225, 72.5714, 2),
    ],
  },
  {
    alpha2: 'LK',
    alpha3: 'LKA',
    negative: 1.5,
    positive: 0.8,
    cities: [
      city('Colombo', 'Colombo', 'كولومبو', 'Western Province', 6.9271, 79.8612, 2),
      city('Kandy', 'Kandy', 'كاندي', 'Central Province', 7.2906, 80.6337, 1),
    ],
  },
  {
    alpha2: 'MM',
    alpha3: 'MMR',
    negative: 1.5,
    positive: 0.3,
    cities: [
      city('Yangon', 'Rangoun', 'يانغون', 'Yangon Region', 16.8409, 96.1735, 2),
      city('Sittwe', 'Sittwe', 'سيتوي', 'Rakhine State', 20.1462, 92.8983, 2),
      city('Mandalay', 'Mandalay', 'ماندالاي', 'Mandalay Region', 21.9588, 96.0891, 1),
    ],
  },
  {
    alpha2: 'PH',
    alpha3: 'PHL',
    negative: 0.8,
    positive: 0.8,
    cities: [
      city('Manila', 'Manille', 'مانيلا', 'Metro Manila', 14.5995, 120.9842, 2),
      city('Davao City', 'Davao', 'دافاو', 'Davao Region', 7.1907, 125.4553, 1),
    ],
  },
  // Africa
  {
    alpha2: 'ZA',
    alpha3: 'ZAF',
    negative: 1.2,
    positive: 1.5,
    cities: [
      city('Johannesburg', 'Johannesburg', 'جوهانسبرغ', 'Gauteng', -26.2041, 28.0473, 2),
      city('Cape Town', 'Le Cap', 'كيب تاون', 'Western Cape', -33.9249, 18.4241, 2),
      city('Durban', 'Durban', 'ديربان', 'KwaZulu-Natal', -29.8587, 31.0218, 1),
    ],
  },
  {
    alpha2: 'KE',
    alpha3: 'KEN',
    negative: 0.8,
    positive: 0.8,
    cities: [
      city('Nairobi', 'Nairobi', 'نيروبي', 'Nairobi County', -1.2921, 36.8219, 2),
      city('Mombasa', 'Mombasa', 'مومباسا', 'Mombasa County', -4.0435, 39.6682, 1),
    ],
  },
  {
    alpha2: 'ET',
    alpha3: 'ETH',
    negative: 0.6,
    positive: 0.4,
    cities: [
      city('Addis Ababa', 'Addis-Abeba', 'أديس أبابا', 'Addis Ababa', 9.03, 38.74, 2),
      city('Gondar', 'Gondar', 'غوندار', 'Amhara', 12.603, 37.4521, 1),
    ],
  },
  {
    alpha2: 'TZ',
    alpha3: 'TZA',
    negative: 0.5,
    positive: 0.5,
    cities: [
      city('Dar es Salaam', 'Dar es Salaam', 'دار السلام', 'Dar es Salaam Region', -6.7924, 39.2083, 2),
      city('Arusha', 'Arusha', 'أروشا', 'Arusha Region', -3.3869, 36.683, 1),
    ],
  },
  // Latin America and the Caribbean
  {
    alpha2: 'BR',
    alpha3: 'BRA',
    negative: 0.8,
    positive: 1,
    cities: [
      city('São Paulo', 'São Paulo', 'ساو باولو', 'São Paulo', -23.5505, -46.6333, 2),
      city('Rio de Janeiro', 'Rio de Janeiro', 'ريو دي جانيرو', 'Rio de Janeiro', -22.9068, -43.1729, 2),
      city('Curitiba', 'Curitiba', 'كوريتيبا', 'Paraná', -25.4284, -49.2733, 1),
    ],
  },
  {
    alpha2: 'AR',
    alpha3: 'ARG',
    negative: 0.5,
    positive: 0.6,
    cities: [
      city('Buenos Aires', 'Buenos Aires', 'بوينس آيرس', 'Buenos Aires', -34.6037, -58.3816, 3),
      city('Córdoba', 'Córdoba', 'قرطبة', 'Córdoba', -31.4201, -64.1888, 1),
    ],
  },
  {
    alpha2: 'MX',
    alpha3: 'MEX',
    negative: 0.5,
    positive: 0.5,
    cities: [
      city('Mexico City', 'Mexico', 'مدينة مكسيكو', 'Mexico City', 19.4326, -99.1332, 2),
      city('Guadalajara', 'Guadalajara', 'غوادالاخارا', 'Jalisco', 20.6597, -103.3496, 1),
    ],
  },
  // Australia and Oceania
  {
    alpha2: 'AU',
    alpha3: 'AUS',
    negative: 3,
    positive: 3,
    cities: [
      city('Sydney', 'Sydney', 'سيدني', 'New South Wales', -33.8688, 151.2093, 3),
      city('Melbourne', 'Melbourne', 'ملبورن', 'Victoria', -37.8136, 144.9631, 3),
      city('Brisbane', 'Brisbane', 'بريزبن', 'Queensland', -27.4698, 153.0251, 1),
      city('Perth', 'Perth', 'بيرث', 'Western Australia', -31.9505, 115.8605, 1),
    ],
  },
  {
    alpha2: 'NZ',
    alpha3: 'NZL',
    negative: 1,
    positive: 1.5,
    cities: [
      city('Auckland', 'Auckland', 'أوكلاند', 'Auckland', -36.8485, 174.7633, 2),
      city('Christchurch', 'Christchurch', 'كرايستشيرش', 'Canterbury', -43.5321, 172.6362, 2),
      city('Wellington', 'Wellington', 'ولينغتون', 'Wellington', -41.2865, 174.7762, 1),
    ],
  },
];

/** "à Lyon", "au Cap", "à La Haye". */
export function frenchIn(name: string): string {
  return name.startsWith('Le ') ? `au ${name.slice(3)}` : `à ${name}`;
}

/** "de Lyon", "d’Anvers", "du Cap", "de La Haye" (typographic apostrophe, as in the templates). */
export function frenchOf(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  return /^[AEIOUÉÈ]/.test(name) ? `d’${name}` : `de ${name}`;
}
