// What synthetic articles are made of: makers, places in and outside China, partners, bylines.

export const COMPANIES = [
  "NIO", "Xpeng", "Li Auto", "BYD", "Geely", "Zeekr", "Xiaomi", "Leapmotor", "Tesla", "Volkswagen", "BMW",
  "Great Wall Motor", "Changan", "SAIC Motor", "GAC Aion", "Neta", "Polestar", "Lucid", "Rivian", "CATL",
  "Gotion High-Tech", "Hyundai", "Ford", "Toyota", "Mercedes-Benz", "Volvo Cars", "Seres", "Avatr", "Chery", "Dongfeng",
];

export type City = { city: string; region: string; country: string };

export const CITIES: City[] = [
  { city: "Hefei", region: "Anhui", country: "China" },
  { city: "Shanghai", region: "Shanghai", country: "China" },
  { city: "Beijing", region: "Beijing", country: "China" },
  { city: "Shenzhen", region: "Guangdong", country: "China" },
  { city: "Guangzhou", region: "Guangdong", country: "China" },
  { city: "Wuhan", region: "Hubei", country: "China" },
  { city: "Chongqing", region: "Chongqing", country: "China" },
  { city: "Hangzhou", region: "Zhejiang", country: "China" },
  { city: "Changzhou", region: "Jiangsu", country: "China" },
  { city: "Xi'an", region: "Shaanxi", country: "China" },
  { city: "Ningbo", region: "Zhejiang", country: "China" },
  { city: "Zhaoqing", region: "Guangdong", country: "China" },
  { city: "Tianjin", region: "Tianjin", country: "China" },
  { city: "Chengdu", region: "Sichuan", country: "China" },
  { city: "Berlin", region: "Brandenburg", country: "Germany" },
  { city: "Munich", region: "Bavaria", country: "Germany" },
  { city: "Debrecen", region: "Hajdu-Bihar", country: "Hungary" },
  { city: "Szeged", region: "Csongrad", country: "Hungary" },
  { city: "Austin", region: "Texas", country: "United States" },
  { city: "Fremont", region: "California", country: "United States" },
  { city: "Rayong", region: "Rayong", country: "Thailand" },
  { city: "Oslo", region: "Oslo", country: "Norway" },
  { city: "Gothenburg", region: "Vastra Gotaland", country: "Sweden" },
  { city: "Istanbul", region: "Istanbul", country: "Turkey" },
  { city: "Sao Paulo", region: "Sao Paulo", country: "Brazil" },
  { city: "Jakarta", region: "Jakarta", country: "Indonesia" },
  { city: "Chennai", region: "Tamil Nadu", country: "India" },
];

/** Partner names; "{city}" becomes the article's city. */
export const PARTNERS = [
  "the {city} government", "{city} University of Technology", "JAC Motor", "Lingang Group", "Baidu", "Huawei",
  "Tencent", "Sinopec", "State Grid", "Mobileye", "Nvidia", "Qualcomm", "Bosch", "Continental", "Panasonic",
  "LG Energy Solution", "Contemporary Amperex", "Didi", "the {city} Economic Development Zone",
];

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export const BYLINES = [
  "Phate Zhang\nPhate Zhang is the founder of CnEVPost and covers China's EV market.\n\nArticles: 1203\n\nLeave a Reply",
  "Haye Kesteloo\n\nHaye Kesteloo is the Editor in Chief and Founder of, where he covers all electric vehicle-related news.\n\nArticles: 354\n\nLeave a Reply",
  "(Image credit: CnEVPost)\n\nRelated stories are on the company page.",
];

/** Short articles of our own, beside the ones made from content/. Placeholders: {company} {city} {partner} {date} {year} {n} {money} {percent}. */
export const OWN_TEMPLATES = [
  `{company} said on {date} that it will build a battery plant in {city} with {partner}, with an investment of {money}.

The plant will have an annual capacity of {n} GWh and is expected to start production in {year}, the company said in a statement.

{company} delivered {n} vehicles last month, up {percent} year-on-year, and its shares rose after the announcement.

The local government of {city} will provide land and subsidies, according to the agreement signed with {partner}.`,
  `{company} has opened its first store in {city}, the company announced on {date}.

The store is part of a plan to reach {n} outlets by the end of {year}, and sales in the region grew {percent} in the first half.

{partner} will operate charging stations near the store, {company} said.`,
  `Deliveries at {company} reached {n} units in the month, a record, the carmaker said on {date}.

Its factory in {city} now runs three shifts, and a second phase worth {money} is planned with {partner}.

Analysts expect the company to report revenue growth of {percent} for {year}.`,
];
