/** Traditional → simplified Chinese, one character for one, as OpenCC's Taiwan and Hong Kong dictionaries give it. */
export function traditionalToSimplified(): Record<string, string>;
