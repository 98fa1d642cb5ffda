// Dated events a draft may name as still ahead (迎接党的二十大胜利召开): once the event has taken place
// the phrase is stale. Shared by the period rule (which knows the draft's year) and anyone else.

/** An event with its date and the phrases that speak of it as upcoming. */
export interface DatedEvent {
  key: string;
  /** How the message names it. */
  name: string;
  year: number;
  month: number;
  /** Phrases treating it as still to come; global, so callers reset lastIndex. */
  upcoming: RegExp;
}

const WELCOME = '(?:迎接|喜迎|献礼|迎庆)';

/** The events, oldest first. */
export const EVENTS: readonly DatedEvent[] = [
  {
    key: 'cpc18',
    name: '党的十八大',
    year: 2012,
    month: 11,
    upcoming: new RegExp(`${WELCOME}党的十八大(?:胜利)?(?:召开)?`, 'g'),
  },
  {
    key: 'cpc19',
    name: '党的十九大',
    year: 2017,
    month: 10,
    upcoming: new RegExp(`${WELCOME}党的十九大(?:胜利)?(?:召开)?`, 'g'),
  },
  {
    key: 'prc70',
    name: '新中国成立70周年',
    year: 2019,
    month: 10,
    upcoming: new RegExp(`${WELCOME}(?:新中国|中华人民共和国)成立(?:70|七十)周年`, 'g'),
  },
  {
    key: 'cpc100',
    name: '建党100周年',
    year: 2021,
    month: 7,
    upcoming: new RegExp(`${WELCOME}(?:建党|中国共产党成立)(?:100|一百)周年`, 'g'),
  },
  {
    key: 'cpc20',
    name: '党的二十大',
    year: 2022,
    month: 10,
    upcoming: new RegExp(`${WELCOME}党的二十大(?:胜利)?(?:召开)?`, 'g'),
  },
];

/**
 * True when an event is past for a draft about `year`: any later year, or its own year when the draft
 * looks back on the whole year (written at the year's end, after an event of the spring or autumn).
 */
export function eventPast(event: DatedEvent, year: number, wholeYear: boolean): boolean {
  return year > event.year || (wholeYear && year === event.year && event.month <= 11);
}
