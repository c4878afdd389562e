/**
 * Where a story is from, as far as dates care: whether its seasons are the southern hemisphere's ('this summer', said
 * in an Australian March, is the summer begun last December; 'spring', said in a New Zealand July, is the one ahead in
 * September). Read from the places the text names: countries, their states and provinces, their largest cities and the
 * institutions a dateline or a lede gives away. A story that names as many places in the north is left northern.
 */

/** places and institutions of the southern temperate zone (not the tropics, whose seasons are wet and dry) */
const SOUTH = new RegExp(String.raw`\b(?:Australian?s?|New Zealand(?:ers?)?|Aotearoa|South Africans?|Argentin(?:a|e|ians?)|Chile(?:ans?)?|Uruguay(?:ans?)?|Paraguay(?:ans?)?|Lesotho|Eswatini|Swaziland|Namibian?s?|Botswana|Zimbabwe(?:ans?)?|Tasmanian?s?|Queensland(?:ers?)?|New South Wales|NSW|South Australian?|Western Australian?|Canberra|Sydney(?:siders?)?|Melbourne|Brisbane|Adelaide|Hobart|Auckland|Wellington|Christchurch|Dunedin|Johannesburg|Cape Town|Durban|Pretoria|Gqeberha|Port Elizabeth|Bloemfontein|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Limpopo|Mpumalanga|Buenos Aires|Santiago de Chile|Montevideo|Patagonia|M[a\u0101]ori|Eskom|Anzac|Bureau of Meteorology|MetService)\b`, 'gi');
/** countries and regions of the north, and its largest datelines */
const NORTH = new RegExp(String.raw`\b(?:United States|U\.S\.|USA|Americans?|Britain|British|United Kingdom|UK|England|English|Scotland|Scottish|Wales|Welsh|Ireland|Irish|Canada|Canadians?|Europe(?:an)?|Germany|German|France|French|Spain|Spanish|Italy|Italian|Russia(?:n)?|China|Chinese|Japan(?:ese)?|Korea(?:n)?|India(?:n)?|Pakistan(?:i)?|Mexico|Mexican|Washington|New York|London|Paris|Berlin|Toronto|Beijing|Tokyo|Moscow)\b`, 'gi');

/** the names `re` finds, as proper names (capitalised, as in text, or in capitals, as in a dateline: not 'green chile') */
const names = (text: string, re: RegExp): RegExpMatchArray[] => [...text.matchAll(re)].filter((m) => /^[A-Z]/.test(m[0]));

/** Whether the text's seasons are those of the southern hemisphere. */
export function southernHemisphere(text: string): boolean {
  const south = names(text, SOUTH);
  if (south.length === 0) return false;
  const north = names(text, NORTH).length;
  // named in the dateline or lede, or more than once, and well ahead of any northern place
  const early = south[0]!.index! < 600;
  return (early || south.length >= 2) && south.length >= 3 * north + (north > 0 ? 1 : 0);
}

/** A southern season reckoned with the months of its northern counterpart: a southern summer has the months of a northern winter. */
export const SOUTHERN_MONTHS_OF: Record<string, string> = { SU: 'WI', WI: 'SU', SP: 'FA', FA: 'SP' };
