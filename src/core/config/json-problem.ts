/**
 * Where a JSON text first goes wrong, by line and column, with what was expected. JSON.parse
 * says where for some mistakes but not others (a trailing comma in a list gives no position),
 * and an organisation editing site.config.json by hand needs the line every time.
 */
export interface JsonProblem {
  line: number;
  column: number;
  message: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function findJsonProblem(text: string): JsonProblem | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const shown = () => (i >= text.length ? "the end of the file" : JSON.stringify(text[i]));
  const string = () => {
    i++; // the opening quote
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) throw new Stop(i, 'a text runs on past the end of its line: is a closing " missing?');
      if (c === 0x5c) i++;
    }
    throw new Stop(i, 'a text has no closing "');
  };
  const list = (close: "]" | "}") => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (close === "}") {
        if (text[i] !== '"') throw new Stop(i, `expected a setting's name in "quotes", found ${shown()}`);
        string();
        ws();
        if (text[i] !== ":") throw new Stop(i, `expected ":" after the name, found ${shown()}`);
        i++;
      }
      value();
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ",") throw new Stop(i, `expected "," or "${close}", found ${shown()}`);
      const comma = i;
      i++;
      ws();
      if (text[i] === close) throw new Stop(comma, `a comma before "${close}": JSON allows none after the last item`);
    }
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === "{") return list("}");
    if (c === "[") return list("]");
    if (c === '"') return string();
    for (const word of ["true", "false", "null"])
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number && number[0].length > 0 && (c === "-" || /\d/.test(c ?? ""))) {
      i += number[0].length;
      if (/\d/.test(text[i] ?? "")) throw new Stop(i, "a number cannot start with 0");
      return;
    }
    throw new Stop(i, `expected a value, found ${shown()}`);
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Stop(i, `more after the end: ${shown()}`);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.at).split("\n");
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message: e.message };
  }
}
