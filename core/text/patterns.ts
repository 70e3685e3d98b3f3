/**
 * Character-level patterns that both the category engine and the structural lint need, so they agree on what
 * counts as an emoji or a link (Meta: "URLs, media, and emojis are not allowed" in authentication templates, §1.4).
 */
export const EMOJI = /\p{Extended_Pictographic}/u;
/** A web address as authors type it: with a scheme or starting with www. */
export const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/i;
