import type { LanguageRules } from "../rules";

export const rules: LanguageRules = {
  // Found at the start of a word (so "خطر" finds "خطرہ" and "خطرناک"). Chosen so that none also
  // starts an ordinary word a discreet printout uses: not "ڈر" alone (it starts "ڈرائنگ", drawing),
  // nor "چھوڑ" alone ("خالی چھوڑ دیں", leave blank), nor "گھریلو" alone (household), nor "مار"
  // ("مارکیٹ"). "زیادتی" also means "too much": discreet text never uses it.
  revealing: [
    "تشدد",
    "زیادتی",
    "بدسلوک",
    "ظلم",
    "ظالم",
    "مار پیٹ",
    "ہراساں",
    "ہراسانی",
    "شکار",
    "تحفظ",
    "تحفظ کا منصوبہ",
    "حفاظت",
    "حفاظتی منصوبہ",
    "غیر محفوظ",
    "گھر چھوڑ",
    "بھاگ",
    "فرار",
    "بچ نکل",
    "نکلنے کا راستہ",
    "نکلنے کے راستے",
    "باہر نکلنے",
    "چھپ",
    "خفیہ",
    "راز",
    "کوڈ ورڈ",
    "پاس ورڈ",
    "141",
    "خطر",
    "خوف",
    "ڈر لگ",
    "ڈرت",
    "ڈرنا",
    "ڈرا ہو",
    "ڈری ہو",
    "ڈرے ہو",
    "ڈرانا",
    "دھمک",
    "چوٹ پہنچ",
    "نقصان پہنچا",
    "برا دن",
    "برے دن",
    "ایک ہی پتے",
    "ایک ہی پتہ",
    "اسی پتے",
    "پولیس",
    "عدالت",
    "حکم امتناعی",
    "وکیل",
    "پناہ گاہ",
    "پناہ",
    "شیلٹر",
    "ہیلپ لائن",
  ],
  // Urdu writes its postpositions and auxiliaries as words of their own ("کا"، "کو"، "میں"، "سے"،
  // "ہے"، "رہا ہے"): "you are scared" is "آپ کو ڈر لگ رہا ہے", so a sentence has more words than
  // English (and many more than Arabic, which joins them on), and the words are short, written
  // without short vowels. So: more words a sentence than English, fewer letters a word.
  readingLimits: {
    child: { sentenceWords: 20, wordLetters: 9, meanWordLetters: 4.5 },
    "young-person": { sentenceWords: 32, wordLetters: 10, meanWordLetters: 5 },
    // Adults: GOV.UK's 25 words, with the same allowance for Urdu's separate little words.
    adult: { sentenceWords: 30, wordLetters: 10, meanWordLetters: 5 },
  },
};
