import { describe, expect, it } from "vitest";
import { richHtml, richText } from "./rich";

describe("richHtml", () => {
  it("escapes HTML and keeps **strong**", () => {
    expect(richHtml("<b>a</b> **b**", "en")).toBe("&lt;b&gt;a&lt;/b&gt; <strong>b</strong>");
  });

  it("keeps a link inside the site in the page's language", () => {
    expect(richHtml("[Help](/help/)", "en")).toBe('<a href="/help/">Help</a>');
    expect(richHtml("[Help](/help/)", "cy")).toBe('<a href="/cy/help/">Help</a>');
    expect(richHtml("[Top](#top)", "ar")).toBe('<a href="#top">Top</a>');
  });

  it("makes an https link external, with no referrer", () => {
    expect(richHtml("[Gov](https://www.gov.uk/)", "en")).toBe('<a href="https://www.gov.uk/" rel="noreferrer">Gov</a>');
  });

  // "//host/" and "/\host/" leave the site in a browser (a scheme-relative address; browsers
  // read "\" as "/"), so they are not internal links: only the label is kept.
  it.each(["//evil.example/", "/\\evil.example/", "//evil.example", "/\\/evil.example/"])(
    "does not treat %s as a link inside the site",
    (href) => {
      for (const lang of ["en", "cy", "ar"] as const) {
        expect(richHtml(`[x](${href})`, lang)).toBe("x");
      }
    },
  );

  it("drops links with other schemes, keeping the label", () => {
    expect(richHtml("[x](javascript:alert(1))", "en")).not.toContain("<a");
    expect(richHtml("[x](http://example.com/)", "en")).toBe("x");
  });
});

describe("richText", () => {
  it("keeps only the words", () => {
    expect(richText("**Go** to [help](/help/)")).toBe("Go to help");
  });
});
