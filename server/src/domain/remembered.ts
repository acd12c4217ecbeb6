// Readers that meet the same few strings again and again (a text's issuer names, header
// lines, symbol codes, province names) keep their answers. The memory is bounded: when it
// is full it starts afresh, which costs one more reading per string and keeps a long batch
// from growing it without end.

/** `read`, answering each string once while at most `size` are kept; strings longer than `longest` are never kept. */
export function remembered<T>(read: (key: string) => T, size: number, longest = Infinity): (key: string) => T {
  const answers = new Map<string, T>();
  return (key: string): T => {
    if (key.length > longest) return read(key);
    const known = answers.get(key);
    if (known !== undefined) return known;
    if (answers.size >= size) answers.clear();
    const answer = read(key);
    answers.set(key, answer);
    return answer;
  };
}
