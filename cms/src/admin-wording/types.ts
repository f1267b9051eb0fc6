/** What an editor reads about one field in the admin: its label and a one-line description. */
export interface FieldWording {
  label: string;
  description: string;
}

/** Field wording of every content type and component the admin shows, keyed by their uid; `*` holds
 * the fields every content type has (createdAt, updatedAt, publishedAt). */
export type AdminWording = Record<string, Record<string, FieldWording>>;

/** Another language's wording: the same content types and fields as English, no more, no fewer. */
export type WordingLike<T extends AdminWording> = { [Uid in keyof T]: { [Field in keyof T[Uid]]: FieldWording } };
