import type { LanguageRules } from "../rules";

export const rules: LanguageRules = {
  revealing: [
    "إساءة",
    "مسيء",
    "عنف",
    "عنيف",
    "تعنيف",
    "معنف",
    "اعتداء",
    "ضحية",
    "خطة الأمان",
    "خطة السلامة",
    "مغادرة",
    "هروب",
    "هرب",
    "فرار",
    "ملجأ",
    "ملاجئ",
    "دار إيواء",
    "دار الإيواء",
    "كلمة السر",
    "كلمة سر",
    "كلمة سرية",
    "كلمة رمزية",
    "شرطة",
    "خط المساعدة",
    "خط مساعدة",
  ],
  // Arabic words are shorter, written without short vowels, but carry their little words with
  // them ("و", "ب", "ل", "ال", and pronoun endings: "ليساعدوك"), so a sentence has fewer words.
  readingLimits: {
    child: { sentenceWords: 14, wordLetters: 10, meanWordLetters: 5.5 },
    "young-person": { sentenceWords: 24, wordLetters: 11, meanWordLetters: 6 },
  },
};
