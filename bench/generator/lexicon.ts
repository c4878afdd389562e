/**
 * Word lists for invented people, organisations and outlets. Names are combinatorial
 * (first × last, prefix × noun × kind), so thousands of distinct actors exist without
 * naming real people. Places are real cities, so datelines and time zones are realistic.
 */

export const FIRST_NAMES = [
  "Adrian", "Alicia", "Amara", "Anton", "Beatriz", "Caleb", "Camille", "Dalia", "Darius", "Delphine",
  "Desmond", "Elena", "Emeka", "Farah", "Felix", "Gareth", "Greta", "Hana", "Hector", "Imogen",
  "Isaac", "Jalen", "Janelle", "Jonas", "Kasia", "Keiko", "Lamar", "Leona", "Lucas", "Mara",
  "Marcus", "Mei", "Nadia", "Nikolai", "Odette", "Omar", "Paloma", "Priya", "Quentin", "Rafael",
  "Renata", "Rohan", "Sabine", "Samuel", "Selma", "Tariq", "Teresa", "Tobias", "Ulrike", "Valerie",
  "Viktor", "Wendell", "Yasmin", "Yusuf", "Zora", "Bernard", "Claudia", "Dmitri", "Esther", "Gideon",
] as const;

export const LAST_NAMES = [
  "Abernathy", "Adeyemi", "Ashgrove", "Balcombe", "Brannigan", "Castellane", "Corriveau", "Dunmore",
  "Eskildsen", "Falkner", "Fenwick", "Gallardo", "Grayling", "Halvorsen", "Hartigan", "Idowu",
  "Jankowski", "Kellerman", "Kovalenko", "Lachance", "Larkspur", "Lindqvist", "Marchetti", "Mbeki",
  "Merriweather", "Nakagawa", "Northcott", "Okonkwo", "Ostrander", "Pellegrino", "Quartermaine",
  "Ravensworth", "Rosenthal", "Saltonstall", "Sandoval", "Thackeray", "Torvald", "Underhill",
  "Valcourt", "Vanterpool", "Whitlock", "Winslowe", "Yarborough", "Zelenko", "Brightwater",
  "Calloway", "Delacroix", "Everly", "Fairbanks", "Goldfarb", "Holloway", "Ingram", "Kincaid",
  "Lowenstein", "Moreau", "Nettleton", "Oyelaran", "Pembroke", "Radcliffe", "Stavros",
] as const;

export const ORG_PREFIXES = [
  "Northbridge", "Meridian", "Crescent", "Ironvale", "Bluewater", "Summit", "Harborline", "Redfield",
  "Copperleaf", "Westmarch", "Silverpine", "Eastgate", "Kestrel", "Halcyon", "Granite", "Larchmont",
  "Brookhaven", "Tidewater", "Aldergrove", "Stonebridge",
] as const;

export const COMPANY_KINDS = [
  "Industries", "Holdings", "Logistics", "Energy", "Pharmaceuticals", "Capital", "Systems",
  "Airlines", "Foods", "Manufacturing", "Telecom", "Health",
] as const;

export const UNION_KINDS = [
  "Workers Union", "Federation of Teachers", "Nurses Association", "Transit Workers Union",
  "Machinists Guild", "Dockworkers Union",
] as const;

export const AGENCY_KINDS = [
  "Transit Authority", "Port Authority", "Water Board", "Housing Agency", "School District",
  "Public Health Department", "Regional Planning Commission", "Utilities Commission",
] as const;

export const ROLES_OFFICIAL = [
  "Mayor", "Gov.", "Sen.", "Rep.", "Councilmember", "Commissioner", "Secretary", "Minister",
] as const;

export interface City {
  name: string;
  /** Dateline form, as printed at the top of a story. */
  dateline: string;
  zone: string;
  /** How the story writes times there: 'ET', 'CT', … or 'local time'. */
  timeLabel: string;
  country: string;
}

export const CITIES: readonly City[] = [
  { name: "New York", dateline: "NEW YORK", zone: "America/New_York", timeLabel: "ET", country: "U.S." },
  { name: "Washington", dateline: "WASHINGTON", zone: "America/New_York", timeLabel: "ET", country: "U.S." },
  { name: "Boston", dateline: "BOSTON", zone: "America/New_York", timeLabel: "ET", country: "U.S." },
  { name: "Atlanta", dateline: "ATLANTA", zone: "America/New_York", timeLabel: "ET", country: "U.S." },
  { name: "Chicago", dateline: "CHICAGO", zone: "America/Chicago", timeLabel: "CT", country: "U.S." },
  { name: "Houston", dateline: "HOUSTON", zone: "America/Chicago", timeLabel: "CT", country: "U.S." },
  { name: "Denver", dateline: "DENVER", zone: "America/Denver", timeLabel: "MT", country: "U.S." },
  { name: "Phoenix", dateline: "PHOENIX", zone: "America/Phoenix", timeLabel: "MT", country: "U.S." },
  { name: "Los Angeles", dateline: "LOS ANGELES", zone: "America/Los_Angeles", timeLabel: "PT", country: "U.S." },
  { name: "Seattle", dateline: "SEATTLE", zone: "America/Los_Angeles", timeLabel: "PT", country: "U.S." },
  { name: "Toronto", dateline: "TORONTO", zone: "America/Toronto", timeLabel: "local time", country: "Canada" },
  { name: "Mexico City", dateline: "MEXICO CITY", zone: "America/Mexico_City", timeLabel: "local time", country: "Mexico" },
  { name: "London", dateline: "LONDON", zone: "Europe/London", timeLabel: "local time", country: "Britain" },
  { name: "Geneva", dateline: "GENEVA", zone: "Europe/Zurich", timeLabel: "local time", country: "Switzerland" },
  { name: "Brussels", dateline: "BRUSSELS", zone: "Europe/Brussels", timeLabel: "local time", country: "Belgium" },
  { name: "Berlin", dateline: "BERLIN", zone: "Europe/Berlin", timeLabel: "local time", country: "Germany" },
  { name: "Nairobi", dateline: "NAIROBI, Kenya", zone: "Africa/Nairobi", timeLabel: "local time", country: "Kenya" },
  { name: "New Delhi", dateline: "NEW DELHI", zone: "Asia/Kolkata", timeLabel: "local time", country: "India" },
  { name: "Singapore", dateline: "SINGAPORE", zone: "Asia/Singapore", timeLabel: "local time", country: "Singapore" },
  { name: "Tokyo", dateline: "TOKYO", zone: "Asia/Tokyo", timeLabel: "local time", country: "Japan" },
  { name: "Sydney", dateline: "SYDNEY", zone: "Australia/Sydney", timeLabel: "local time", country: "Australia" },
];

export interface Publisher {
  name: string;
  domain: string;
  zone: string;
  /** Share of its articles that carry a `timezone` field. */
  statesZone: boolean;
}

export const PUBLISHERS: readonly Publisher[] = [
  { name: "The Harbor Ledger", domain: "harborledger.example.com", zone: "America/New_York", statesZone: true },
  { name: "Midland Courier", domain: "midlandcourier.example.com", zone: "America/Chicago", statesZone: true },
  { name: "Eastport Daily Record", domain: "eastportrecord.example.com", zone: "America/New_York", statesZone: false },
  { name: "Capital Wire Service", domain: "capitalwire.example.com", zone: "America/New_York", statesZone: true },
  { name: "The Lakeshore Sentinel", domain: "lakeshoresentinel.example.com", zone: "America/Chicago", statesZone: false },
  { name: "Pacific Dispatch", domain: "pacificdispatch.example.com", zone: "America/Los_Angeles", statesZone: true },
  { name: "The Mountain Gazette", domain: "mountaingazette.example.com", zone: "America/Denver", statesZone: true },
  { name: "Continental Observer", domain: "continentalobserver.example.com", zone: "Europe/London", statesZone: true },
  { name: "The Evening Standard-Tribune", domain: "standardtribune.example.com", zone: "America/New_York", statesZone: false },
  { name: "Global Report", domain: "globalreport.example.com", zone: "Europe/Berlin", statesZone: true },
  { name: "The Southern Herald", domain: "southernherald.example.com", zone: "America/Chicago", statesZone: true },
  { name: "Metro Business Journal", domain: "metrobusinessjournal.example.com", zone: "America/New_York", statesZone: true },
  { name: "Asia Pacific Times", domain: "asiapacifictimes.example.com", zone: "Asia/Singapore", statesZone: true },
  { name: "The Civic Post", domain: "civicpost.example.com", zone: "America/Los_Angeles", statesZone: false },
];
