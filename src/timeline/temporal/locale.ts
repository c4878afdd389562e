/**
 * Where a story is from, as far as dates care: whether its seasons are the southern hemisphere's ('this summer', said
 * in an Australian March, is the summer begun last December; 'spring', said in a New Zealand July, is the one ahead in
 * September). Read from the places the text names: countries, their states and provinces, their largest cities and the
 * institutions a dateline or a lede gives away. A story that names as many places in the north is left northern.
 */

/** places and institutions of the southern temperate zone (not the tropics, whose seasons are wet and dry) */
const SOUTH = new RegExp(String.raw`\b(?:Australian?s?|New Zealand(?:ers?)?|Aotearoa|South Africans?|Argentin(?:a|e|ians?)|Chile(?:ans?)?|Uruguay(?:ans?)?|Paraguay(?:ans?)?|Lesotho|Eswatini|Swaziland|Namibian?s?|Botswana|Zimbabwe(?:ans?)?|Tasmanian?s?|Queensland(?:ers?)?|New South Wales|NSW|South Australian?|Western Australian?|Canberra|Sydney(?:siders?)?|Melbourne|Brisbane|Adelaide|Hobart|Auckland|Wellington|Christchurch|Dunedin|Johannesburg|Cape Town|Durban|Pretoria|Gqeberha|Port Elizabeth|Bloemfontein|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Limpopo|Mpumalanga|Buenos Aires|Santiago de Chile|Montevideo|Patagonia|M[a\u0101]ori|Eskom|Anzac|Bureau of Meteorology|MetService|GeoNet|Hawke['\u2019]s Bay|Waikato|Otago|Bay of Plenty|Taranaki|Manawat[u\u016b]|Gisborne|Rotorua|Tauranga|Napier|Whanganui|Wanganui|Palmerston North|Invercargill|Queenstown|Cairns|Townsville|Gold Coast|Geelong|Ballarat|Wollongong|Toowoomba|Alice Springs|Kalgoorlie|Soweto|Stellenbosch|Polokwane|Valpara[i\u00ed]so|Mendoza|Rosario|NZ[DS]T|AE[DS]T|AC[DS]T|AWST|SAST)\b`, 'gi');
/** countries and regions of the north, and its largest datelines */
const NORTH = new RegExp(String.raw`\b(?:United States|U\.S\.|USA|Americans?|Britain|British|United Kingdom|UK|England|English|Scotland|Scottish|(?<!New South )Wales|Welsh|Ireland|Irish|Canada|Canadians?|Europe(?:an)?|Germany|German|France|French|Spain|Spanish|Italy|Italian|Russia(?:n)?|China|Chinese|Japan(?:ese)?|Korea(?:n)?|India(?:n)?|Pakistan(?:i)?|Mexico|Mexican|Washington|New York|London|Paris|Berlin|Toronto|Beijing|Tokyo|Moscow)\b`, 'gi');

/** the names `re` finds, as proper names (capitalised, as in text, or in capitals, as in a dateline: not 'green chile') */
/** the matches that are names (capitalised), and the South Asian number words 'crore' and 'lakh', which are not */
const names = (text: string, re: RegExp): RegExpMatchArray[] => [...text.matchAll(re)].filter((m) => /^[A-Z]/.test(m[0]) || /^(?:crore|lakh)$/.test(m[0]));

/**
 * `read`, remembering its answer for the last text it read: the parsers and the resolver ask about the same article
 * for each season and holiday in it, and one answer per article is enough.
 */
function perText<T>(read: (text: string) => T): (text: string) => T {
  let last: string | undefined, answer: T;
  return (text) => {
    if (text !== last) { answer = read(text); last = text; }
    return answer;
  };
}

/** Whether the text's seasons are those of the southern hemisphere. */
export const southernHemisphere = perText((text: string): boolean => {
  const south = names(text, SOUTH);
  if (south.length === 0) return false;
  const north = names(text, NORTH).length;
  // named in the dateline or lede, or more than once, and well ahead of any northern place
  const early = south[0]!.index! < 600;
  return (early || south.length >= 2) && south.length >= 3 * north + (north > 0 ? 1 : 0);
});

/** A southern season reckoned with the months of its northern counterpart: a southern summer has the months of a northern winter. */
export const SOUTHERN_MONTHS_OF: Record<string, string> = { SU: 'WI', WI: 'SU', SP: 'FA', FA: 'SP' };

/** countries whose holidays of the same name fall on other days than the United States', by the names that give them away */
const COUNTRIES: { code: string; re: RegExp }[] = [
  { code: 'US', re: /\b(?:United States|U\.S\.|USA|Americans?|Washington|Congress|Senate)\b/gi },
  { code: 'CA', re: /\b(?:Canada|Canadians?|Ottawa|Toronto|Montreal|Vancouver|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|British Columbia)\b/gi },
  { code: 'GB', re: /\b(?:Britain|British|United Kingdom|U\.K\.|UK|England|English|Scotland|Scottish|(?<!New South )Wales|Welsh|London|Westminster|Manchester|Birmingham|Glasgow|Edinburgh|Cardiff|NHS)\b/g },
  { code: 'IE', re: /\b(?:Ireland|Irish|Dublin|Cork|Galway|Limerick|Taoiseach|D\u00e1il|Dail|Garda\u00ed|Gardai|Garda)\b/g },
  { code: 'IN', re: /\b(?:India|Indians?|New Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Lok Sabha|Rajya Sabha|crore|lakh)\b/gi },
  { code: 'PK', re: /\b(?:Pakistan|Pakistanis?|Islamabad|Karachi|Lahore)\b/gi },
  { code: 'BD', re: /\b(?:Bangladesh|Bangladeshis?|Dhaka)\b/gi },
  { code: 'LK', re: /\b(?:Sri Lanka|Sri Lankans?|Colombo)\b/gi },
  { code: 'PH', re: /\b(?:Philippines?|Filipinos?|Manila|Quezon City|Cebu|Davao|Mindanao|Luzon)\b/gi },
  { code: 'ID', re: /\b(?:Indonesia|Indonesians?|Jakarta)\b/gi },
  { code: 'MY', re: /\b(?:Malaysia|Malaysians?|Kuala Lumpur)\b/gi },
  { code: 'NG', re: /\b(?:Nigeria|Nigerians?|Abuja|Lagos)\b/gi },
  { code: 'GH', re: /\b(?:Ghana|Ghanaians?|Accra)\b/gi },
  { code: 'KE', re: /\b(?:Kenya|Kenyans?|Nairobi|Mombasa)\b/gi },
  { code: 'UG', re: /\b(?:Uganda|Ugandans?|Kampala)\b/gi },
  { code: 'TZ', re: /\b(?:Tanzania|Tanzanians?|Dar es Salaam|Dodoma)\b/gi },
  { code: 'ZA', re: /\b(?:South Africa|South Africans?|Johannesburg|Cape Town|Durban|Pretoria|Soweto|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Limpopo|Mpumalanga|Gqeberha|Port Elizabeth|Bloemfontein)\b/gi },
  { code: 'ZW', re: /\b(?:Zimbabwe|Zimbabweans?|Harare)\b/gi },
  { code: 'JM', re: /\b(?:Jamaica|Jamaicans?|Kingston, Jamaica)\b/gi },
  { code: 'MX', re: /\b(?:Mexico|Mexicans?)\b/gi },
  { code: 'BR', re: /\b(?:Brazil|Brazilians?|Brasilia|S[a\u00e3]o Paulo|Rio de Janeiro)\b/gi },
  { code: 'ZM', re: /\b(?:Zambia|Zambians?|Lusaka)\b/gi },
  { code: 'MW', re: /\b(?:Malawi|Malawians?|Lilongwe|Blantyre)\b/gi },
  { code: 'NA', re: /\b(?:Namibia|Namibians?|Windhoek)\b/gi },
  { code: 'BW', re: /\b(?:Botswana|Batswana|Gaborone)\b/gi },
  { code: 'MZ', re: /\b(?:Mozambique|Mozambicans?|Maputo)\b/gi },
  { code: 'RW', re: /\b(?:Rwanda|Rwandans?|Kigali)\b/gi },
  { code: 'SL', re: /\b(?:Sierra Leone(?:ans?)?|Freetown)\b/gi },
  { code: 'SS', re: /\b(?:South Sudan(?:ese)?|Juba)\b/gi },
  { code: 'AU', re: /\b(?:Australia|Australians?|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Perth|Hobart|Darwin|Queensland|QLD|Qld|New South Wales|NSW|Victoria(?=n|\s+(?:Police|state|Government))|Tasmania|Northern Territory)\b/g },
  { code: 'NZ', re: /\b(?:New Zealand(?:ers?)?|Kiwis?|Aotearoa|Auckland|Wellington|Christchurch|Dunedin|Hamilton, New Zealand)\b/g },
  { code: 'UA', re: /\b(?:Ukraine|Ukrainians?|Kyiv|Kiev|Kharkiv|Odesa|Odessa)\b/gi },
  { code: 'PL', re: /\b(?:Poland|Poles|Polish|Warsaw|Krakow|Krak\u00f3w)\b/g },
  { code: 'FI', re: /\b(?:Finland|Finns|Finnish|Helsinki)\b/g },
  { code: 'FJ', re: /\b(?:Fiji|Fijians?|Suva)\b/gi },
  { code: 'PG', re: /\b(?:Papua New Guinea(?:ns?)?|Port Moresby)\b/gi },
  { code: 'TT', re: /\b(?:Trinidad(?: and Tobago)?|Trinidadians?|Port of Spain)\b/gi },
  { code: 'AR', re: /\b(?:Argentina|Argentines?|Argentinians?|Buenos Aires)\b/gi },
  { code: 'CL', re: /\b(?:Chile|Chileans?|Santiago)\b/g },
  { code: 'PE', re: /\b(?:Peru|Peruvians?|Lima)\b/g },
  { code: 'CO', re: /\b(?:Colombia|Colombians?|Bogot[a\u00e1])\b/gi },
  { code: 'VE', re: /\b(?:Venezuela|Venezuelans?|Caracas)\b/gi },
];
/** each country's Independence Day, month and day */
const INDEPENDENCE: Record<string, [number, number]> = {
  US: [7, 4], IN: [8, 15], PK: [8, 14], BD: [3, 26], LK: [2, 4], PH: [6, 12], ID: [8, 17], MY: [8, 31], NG: [10, 1], GH: [3, 6],
  KE: [12, 12], UG: [10, 9], TZ: [12, 9], ZW: [4, 18], JM: [8, 6], MX: [9, 16], BR: [9, 7], ZM: [10, 24], MW: [7, 6], NA: [3, 21],
  BW: [9, 30], MZ: [6, 25], RW: [7, 1], SL: [4, 27], SS: [7, 9], UA: [8, 24], PL: [11, 11], FI: [12, 6], FJ: [10, 10], PG: [9, 16],
  TT: [8, 31], AR: [7, 9], CL: [9, 18], PE: [7, 28], CO: [7, 20], VE: [7, 5],
};

/** The country the text names most (as proper names), when it names one of those above at least once. */
export const documentCountry = perText((text: string): string | undefined => mostNamed(text, COUNTRIES));

/** the country of `countries` the text names most, if it names any */
function mostNamed(text: string, countries: typeof COUNTRIES): string | undefined {
  let best: string | undefined, most = 0;
  for (const { code, re } of countries) {
    const n = names(text, re).length;
    if (n > most) { most = n; best = code; }
  }
  return best;
}
/** the countries with an Independence Day (not South Africa) */
const INDEPENDENT = COUNTRIES.filter((c) => c.code in INDEPENDENCE);
const independenceCountry = perText((text: string): string | undefined => mostNamed(text, INDEPENDENT));

/** The month and day of Independence Day where the text is from (the United States' when it says nothing). */
export function independenceDay(text: string): [number, number] {
  return INDEPENDENCE[independenceCountry(text) ?? 'US'] ?? INDEPENDENCE['US']!;
}
